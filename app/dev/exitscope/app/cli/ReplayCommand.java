package dev.exitscope.app.cli;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.TraceFiles;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.policy.AnswerCost;
import dev.exitscope.analysis.policy.PolicyRegistry;
import dev.exitscope.analysis.policy.PolicySpec;
import dev.exitscope.analysis.policy.ReplayEngine;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.policy.StoppingPolicy;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.policy.group.FirstFinish;
import dev.exitscope.analysis.policy.group.GroupBuffer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code exitscope replay}: one row per trace and policy configuration, and with {@code ffs} one row per sample
 * group, written after the per-trace rows.
 */
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

    @Option(names = "--answer-cost", paramLabel = "MODE", defaultValue = "recorded",
            description = "Tokens the answer after an exit costs: recorded (the trace's answer section), probe (the"
                    + " answer probe's tokens, else recorded) or none (default: ${DEFAULT-VALUE}).")
    String answerCost;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Trace files or folders.")
    List<Path> files = new ArrayList<>();

    ReplayCommand(CliContext context) {
        this.registry = context.registry();
        this.out = context.out();
    }

    @Override
    public Integer call() throws IOException {
        AnswerCost cost = parseAnswerCost(answerCost);
        PolicyRegistry catalog = PolicyCatalog.standard();
        List<StoppingPolicy> configs = new ArrayList<>();
        GroupBuffer groups = null;
        for (String spec : policies) {
            PolicySpec s = PolicySpec.parse(spec);
            if (s.name().equals(FirstFinish.NAME)) {
                if (!s.values().isEmpty()) {
                    throw new UsageException("policy 'ffs' has no parameters");
                }
                groups = new GroupBuffer();
            } else {
                configs.add(catalog.create(s));
            }
        }
        ImportOptions options = input.toImportOptions();
        List<Path> paths = TraceFiles.expand(files);
        if (json) {
            try (ReplayJsonWriter w = new ReplayJsonWriter(out, cost)) {
                readAll(paths, options, configs, cost, groups, w::write);
            }
        } else {
            ReplayTableWriter table = new ReplayTableWriter(out);
            readAll(paths, options, configs, cost, groups, table::add);
            table.finish();
        }
        return ExitScopeCli.OK;
    }

    /** The answer-cost mode named on the command line; a usage error naming the accepted values otherwise. */
    static AnswerCost parseAnswerCost(String name) {
        try {
            return AnswerCost.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--answer-cost: " + e.getMessage());
        }
    }

    /**
     * Streams every trace's rows; with {@code ffs}, keeps one group sample per trace and writes the group rows
     * after the last file, since siblings may be anywhere in the input.
     */
    private void readAll(List<Path> paths, ImportOptions options, List<StoppingPolicy> configs, AnswerCost cost,
                         @Nullable GroupBuffer groups, Consumer<ReplayResult> rows) throws IOException {
        for (Path p : paths) {
            InputSource src = InputSource.of(p);
            TraceImporter importer = registry.choose(src, options);
            registry.read(src, importer, options, t -> {
                if (!configs.isEmpty()) {
                    ReplayEngine.replayAll(t, configs, cost).forEach(rows);
                }
                if (groups != null) {
                    groups.add(t);
                }
            });
        }
        if (groups != null) {
            groups.replay().forEach(rows);
        }
    }
}
