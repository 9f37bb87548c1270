package dev.exitscope.app.cli;

import dev.exitscope.analysis.io.Importers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs several command lines, one after another, in the JVM it is started in, and prints for each its exit status,
 * the number of lines it wrote to standard output and its standard error. Tests start it in a child JVM with a
 * small heap ({@link #inChildJvm}), so each command has that heap to itself and the tests one JVM start for all.
 */
public final class CliSequence {
    /** Separates one command line from the next among the arguments. */
    static final String THEN = "--then";

    private CliSequence() {
    }

    public static void main(String[] args) {
        List<String> current = new ArrayList<>();
        for (int i = 0; i <= args.length; i++) {
            if (i == args.length || args[i].equals(THEN)) {
                runOne(current.toArray(new String[0]));
                current.clear();
            } else {
                current.add(args[i]);
            }
        }
        System.out.flush();
    }

    private static void runOne(String[] args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        ExitScopeCli cli = new ExitScopeCli(paths -> {
            throw new NoDisplayException("no window in this run");
        }, Importers.standard(), new PrintWriter(o, true), new PrintWriter(e, true));
        int code = cli.run(args);
        long lines = o.toString().lines().count();
        o = null;
        System.out.println("exit " + code + ", " + lines + " lines out");
        System.out.print(e);
    }

    /**
     * Runs {@code mainClass} with {@code args} in a child JVM with heap {@code xmx} (e.g. "256m") and the test class
     * path; returns its exit status and, after a newline, standard output and error together.
     */
    static Result inChildJvm(String xmx, Class<?> mainClass, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + xmx, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), mainClass.getName()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] log = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child JVM did not end: " + cmd);
        }
        return new Result(p.exitValue(), new String(log, StandardCharsets.UTF_8));
    }

    /** A child JVM's exit status and its output. */
    record Result(int exit, String log) {
    }
}
