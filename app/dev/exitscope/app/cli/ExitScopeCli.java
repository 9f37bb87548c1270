package dev.exitscope.app.cli;

import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.io.InputExhaustedError;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Builds and runs the {@code exitscope} command line. Exit codes: 0 success, 2 bad input or usage, 1 internal
 * error. Messages for the user go to standard error, one line each, never a stack trace.
 */
public final class ExitScopeCli {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    /** Returned after the GUI was opened and closed normally: the caller must not exit the JVM early. */
    public static final int KEEP_RUNNING = -1;

    private final GuiLauncher gui;
    private final Snapshotter snapshotter;
    private final ImporterRegistry registry;
    private final PrintWriter out;
    private final PrintWriter err;

    public ExitScopeCli(GuiLauncher gui, Snapshotter snapshotter) {
        this(gui, snapshotter, Importers.standard());
    }

    /** The command line on standard output and error, reading with {@code registry}. */
    public ExitScopeCli(GuiLauncher gui, Snapshotter snapshotter, ImporterRegistry registry) {
        this(gui, snapshotter, registry, new PrintWriter(new java.io.OutputStreamWriter(System.out,
                StandardCharsets.UTF_8), true), new PrintWriter(new java.io.OutputStreamWriter(System.err,
                StandardCharsets.UTF_8), true));
    }

    public ExitScopeCli(GuiLauncher gui, ImporterRegistry registry, PrintWriter out, PrintWriter err) {
        this(gui, request -> {
            throw new UsageException("snapshot is not available here");
        }, registry, out, err);
    }

    public ExitScopeCli(GuiLauncher gui, Snapshotter snapshotter, ImporterRegistry registry, PrintWriter out,
                        PrintWriter err) {
        this.gui = gui;
        this.snapshotter = snapshotter;
        this.registry = registry;
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        if (args.length == 0) {
            try {
                gui.open(List.of());
            } catch (NoDisplayException e) {
                err.println("exitscope: " + e.getMessage());
                err.flush();
                return BAD_INPUT;
            }
            return KEEP_RUNNING;
        }
        CommandLine cl = commandLineFor(args);
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError | InputExhaustedError e) {
            out.flush();
            String who = CommandTable.find(args[0]) == null ? "exitscope" : "exitscope " + args[0];
            code = ErrorHandler.exhausted(err, who, e);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The configured picocli command tree with every command (exposed for help rendering in docs and tests). */
    public CommandLine commandLine() {
        return configured(CommandTable.all());
    }

    /**
     * The tree a run with these arguments needs: when the first argument names a command, the root and that command
     * only; for a lone {@code --version} or {@code -V}, whose answer names no command, the root alone; otherwise
     * (help, an option first, an unknown word) the whole tree, so help and the unknown-command message list every
     * command.
     */
    CommandLine commandLineFor(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return configured(Map.of());
        }
        Class<?> named = args.length == 0 ? null : CommandTable.find(args[0]);
        return named == null ? commandLine() : configured(Map.of(args[0], named));
    }

    /**
     * The root with these commands, in the map's order. Subcommands are added before the streams and handlers are
     * set, since picocli hands those settings only to the subcommands present at the time.
     */
    private CommandLine configured(Map<String, Class<?>> commands) {
        CommandLine cl = new CommandLine(new RootCommand(), new Factory());
        commands.forEach(cl::addSubcommand);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorHandler(err));
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine where = ex.getCommandLine();
            String unknown = unknownCommand(ex);
            if (unknown != null) {
                err.println("exitscope: unknown command '" + unknown + "', expected one of "
                        + String.join(", ", where.getSubcommands().keySet()));
            } else {
                err.println("exitscope: " + ex.getMessage());
            }
            err.println("Try '" + where.getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** The first word after {@code exitscope} when it names no command (rather than a misplaced option), else null. */
    private static @Nullable String unknownCommand(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || ex.getCommandLine().getParent() != null
                || ex.getCommandLine().getSubcommands().isEmpty()) {
            return null;
        }
        List<String> unmatched = u.getUnmatched();
        return unmatched.isEmpty() || unmatched.get(0).startsWith("-") ? null : unmatched.get(0);
    }

    /** Builds command objects through their {@code (CliContext)} constructor; anything else picocli's way. */
    private final class Factory implements CommandLine.IFactory {
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            java.lang.reflect.Constructor<K> ctor;
            try {
                ctor = cls.getDeclaredConstructor(CliContext.class);
            } catch (NoSuchMethodException e) {
                return fallback.create(cls);
            }
            return ctor.newInstance(new CliContext(registry, out, err, gui, snapshotter));
        }
    }
}
