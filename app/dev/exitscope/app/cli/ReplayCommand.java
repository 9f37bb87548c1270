package dev.exitscope.app.cli;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.TraceFiles;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.policy.PolicyRegistry;
import dev.exitscope.analysis.policy.ReplayEngine;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.policy.StoppingPolicy;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code exitscope replay}: one row per trace and policy configuration. */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replay stopping policies over recorded traces: where each would have exited, with which"
                + " answer, and what it saved.", "A SPEC is NAME or NAME:key=value,… (see `exitscope policies`)."})
final class ReplayCommand implements Callable<Integer> {
    private final ImporterRegistry registry;
    private final PrintWriter out;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--policy", paramLabel = "SPEC", required = true,
            description = "A policy configuration; repeat for several.")
    List<String> policies = new ArrayList<>();

    @Option(names = "--json", description = "Write {\"results\":[…]} as JSON instead of a table.")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Trace files or folders.")
    List<Path> files = new ArrayList<>();

    ReplayCommand(CliContext context) {
        this.registry = context.registry();
        this.out = context.out();
    }

    @Override
    public Integer call() throws IOException {
        PolicyRegistry catalog = PolicyCatalog.standard();
        List<StoppingPolicy> configs = new ArrayList<>();
        for (String spec : policies) {
            configs.add(catalog.create(spec));
        }
        ImportOptions options = input.toImportOptions();
        List<Path> paths = TraceFiles.expand(files);
        if (json) {
            try (ReplayJsonWriter w = new ReplayJsonWriter(out)) {
                readAll(paths, options, configs, w::write);
            }
        } else {
            ReplayTableWriter table = new ReplayTableWriter(out);
            readAll(paths, options, configs, table::add);
            table.finish();
        }
        return ExitScopeCli.OK;
    }

    private void readAll(List<Path> paths, ImportOptions options, List<StoppingPolicy> configs,
                         java.util.function.Consumer<ReplayResult> rows) throws IOException {
        for (Path p : paths) {
            InputSource src = InputSource.of(p);
            TraceImporter importer = registry.choose(src, options);
            importer.read(src, options, t -> ReplayEngine.replayAll(t, configs).forEach(rows));
        }
    }
}
