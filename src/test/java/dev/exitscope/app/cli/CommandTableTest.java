package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.exitscope.analysis.io.Importers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@link CommandTable} is the one list of commands: it agrees with the {@code @Command} annotations, the full tree
 * holds exactly its commands, and a run that builds only the named command behaves as the full tree does.
 */
class CommandTableTest {
    private static final List<String> HELP_ORDER = List.of("inspect", "convert", "signals", "policies", "replay",
            "evaluate", "calibrate", "attach", "gui", "snapshot");

    @Test
    void everyNameIsTheOneInItsClassAnnotation() {
        for (Map.Entry<String, Class<?>> e : CommandTable.all().entrySet()) {
            Command c = e.getValue().getAnnotation(Command.class);
            assertNotNull(c, e.getValue() + " has no @Command");
            assertEquals(e.getKey(), c.name(), e.getValue().getName());
            assertEquals(0, c.aliases().length, e.getValue().getName());
        }
    }

    @Test
    void theTableListsTheTenCommandsInHelpOrder() {
        assertEquals(HELP_ORDER, new ArrayList<>(CommandTable.all().keySet()));
    }

    @Test
    void theRootNamesNoCommandsOfItsOwn() {
        assertEquals(0, RootCommand.class.getAnnotation(Command.class).subcommands().length);
    }

    @Test
    void everyCommandClassOfThePackageIsInTheTable() {
        Set<String> annotated = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.exitscope.app.cli")) {
            if (c.isAnnotatedWith(Command.class) && !c.isEquivalentTo(RootCommand.class)) {
                annotated.add(c.getName());
            }
        }
        Set<String> listed = new TreeSet<>();
        CommandTable.all().values().forEach(c -> listed.add(c.getName()));
        assertEquals(10, annotated.size(), annotated.toString());
        assertEquals(annotated, listed);
    }

    @Test
    void theFullTreeHoldsExactlyTheTableInItsOrder() {
        Map<String, CommandLine> subs = cli(new StringWriter(), new StringWriter()).commandLine().getSubcommands();
        assertEquals(HELP_ORDER, new ArrayList<>(subs.keySet()));
        subs.forEach((name, sub) -> {
            assertEquals(CommandTable.find(name), sub.getCommand().getClass(), name);
            assertEquals("exitscope " + name, sub.getCommandSpec().qualifiedName());
        });
    }

    @Test
    void aRunNamingACommandBuildsOnlyThatCommand() {
        ExitScopeCli cli = cli(new StringWriter(), new StringWriter());
        for (String name : HELP_ORDER) {
            assertEquals(Set.of(name), cli.commandLineFor(name, "--help").getSubcommands().keySet());
        }
        assertEquals(Set.of("evaluate"), cli.commandLineFor("evaluate", "--policy", "deer", "x.jsonl")
                .getSubcommands().keySet());
    }

    @Test
    void aLoneVersionOptionBuildsTheRootAlone() {
        ExitScopeCli cli = cli(new StringWriter(), new StringWriter());
        assertEquals(Set.of(), cli.commandLineFor("--version").getSubcommands().keySet());
        assertEquals(Set.of(), cli.commandLineFor("-V").getSubcommands().keySet());
    }

    @Test
    void helpOptionsFirstAndUnknownWordsBuildTheWholeTree() {
        ExitScopeCli cli = cli(new StringWriter(), new StringWriter());
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"--nosuch"},
                new String[] {"nosuch"}, new String[] {"help"}, new String[] {"Evaluate"},
                new String[] {"--", "evaluate"}, new String[] {"-h", "evaluate"}, new String[] {"-hV"},
                new String[] {"--version", "nosuch"}, new String[] {"-V", "evaluate"})) {
            assertEquals(HELP_ORDER, new ArrayList<>(cli.commandLineFor(args).getSubcommands().keySet()),
                    String.join(" ", args));
        }
    }

    static Stream<Arguments> runs() {
        List<Arguments> runs = new ArrayList<>();
        for (String name : HELP_ORDER) {
            runs.add(Arguments.of((Object) new String[] {name, "--help"}));
            runs.add(Arguments.of((Object) new String[] {name, "--nosuch"}));
        }
        runs.add(Arguments.of((Object) new String[] {"evaluate"}));
        runs.add(Arguments.of((Object) new String[] {"evaluate", "--answer-cost", "free", "x.jsonl"}));
        runs.add(Arguments.of((Object) new String[] {"replay", "--policy", "deer"}));
        runs.add(Arguments.of((Object) new String[] {"inspect", "--max-tokens", "many", "x"}));
        runs.add(Arguments.of((Object) new String[] {"policies"}));
        runs.add(Arguments.of((Object) new String[] {"policies", "extra"}));
        runs.add(Arguments.of((Object) new String[] {"-V"}));
        runs.add(Arguments.of((Object) new String[] {"--version"}));
        runs.add(Arguments.of((Object) new String[] {"--version", "nosuch"}));
        runs.add(Arguments.of((Object) new String[] {"-hV"}));
        runs.add(Arguments.of((Object) new String[] {"--help"}));
        runs.add(Arguments.of((Object) new String[] {"nosuch"}));
        return runs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void aRunWritesAndReturnsWhatTheFullTreeDoes(String[] args) {
        StringWriter fullOut = new StringWriter();
        StringWriter fullErr = new StringWriter();
        int fullCode = cli(fullOut, fullErr).commandLine().execute(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = cli(out, err).run(args);
        assertTrue(!fullOut.toString().isEmpty() || !fullErr.toString().isEmpty(), "the full tree said nothing");
        assertEquals(fullCode, code);
        assertEquals(fullOut.toString(), out.toString());
        assertEquals(fullErr.toString(), err.toString());
    }

    private static ExitScopeCli cli(StringWriter out, StringWriter err) {
        return new ExitScopeCli(paths -> { }, Importers.standard(), new PrintWriter(out, true),
                new PrintWriter(err, true));
    }
}
