package dev.exitscope.app.cli;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.TraceFiles;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.policy.PolicyRegistry;
import dev.exitscope.analysis.policy.PolicySpec;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.policy.eval.CorpusEvaluation;
import dev.exitscope.analysis.policy.eval.CorpusEvaluator;
import dev.exitscope.analysis.policy.eval.SweepSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code exitscope evaluate}: corpus metrics per policy configuration (savings, accuracy, transitions, bootstrap
 * intervals, McNemar, Pareto flags). Traces are streamed and dropped after replay; only replay rows are kept.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replay policy configurations over corpora and report savings, accuracy and their"
                + " uncertainty per configuration.",
            "A SPEC is NAME or NAME:key=value,… (see `exitscope policies`); `ffs` replays whole sample groups.",
            "--sweep policy:param=from:to:points adds one configuration per grid point."})
final class EvaluateCommand implements Callable<Integer> {
    private final ImporterRegistry registry;
    private final PrintWriter out;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--policy", paramLabel = "SPEC", description = "A policy configuration; repeat for several.")
    List<String> policies = new ArrayList<>();

    @Option(names = "--sweep", paramLabel = "SPEC",
            description = "policy:param=from:to:points (linear grid, both ends, points >= 2).")
    String sweep;

    @Option(names = "--answer-cost", paramLabel = "MODE", defaultValue = "recorded",
            description = "Tokens the answer after an exit costs: recorded (the trace's answer section), probe (the"
                    + " answer probe's tokens, else recorded) or none (default: ${DEFAULT-VALUE}).")
    String answerCost;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the paired bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @ArgGroup(exclusive = true)
    OutputFormat format = new OutputFormat();

    @Parameters(paramLabel = "CORPUS", arity = "1..*", description = "Trace files or folders.")
    List<Path> files = new ArrayList<>();

    EvaluateCommand(CliContext context) {
        this.registry = context.registry();
        this.out = context.out();
    }

    /** --json or --csv; a table when neither. */
    static final class OutputFormat {
        @Option(names = "--json", description = "Write {\"policies\":[…]} as JSON.")
        boolean json;

        @Option(names = "--csv", description = "Write one CSV row per configuration.")
        boolean csv;
    }

    @Override
    public Integer call() throws IOException {
        if (policies.isEmpty() && sweep == null) {
            throw new UsageException("evaluate needs at least one --policy or a --sweep");
        }
        PolicyRegistry catalog = PolicyCatalog.standard();
        List<PolicySpec> specs = new ArrayList<>();
        for (String p : policies) {
            specs.add(PolicySpec.parse(p));
        }
        Runtime rt = Runtime.getRuntime();
        long headroom = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        SweepSpec grid = sweep == null ? null : SweepSpec.parse(sweep, catalog);
        List<CorpusEvaluation> results;
        try {
            CorpusEvaluator.checkFits(specs.size() + (grid == null ? 0 : grid.values().size()), headroom);
            CorpusEvaluator evaluator = new CorpusEvaluator(catalog, specs, grid,
                    ReplayCommand.parseAnswerCost(answerCost));
            evaluator.limitMemory(headroom);
            ImportOptions options = input.toImportOptions();
            for (Path p : TraceFiles.expand(files)) {
                InputSource src = InputSource.of(p);
                TraceImporter importer = registry.choose(src, options);
                registry.read(src, importer, options, evaluator::accept);
            }
            results = evaluator.finish(seed);
        } catch (CorpusEvaluator.TooLarge e) {
            throw new UsageException(tooLarge(e, grid, rt.maxMemory()));
        }
        if (format.json) {
            EvaluationJsonWriter.write(out, results);
        } else if (format.csv) {
            EvaluationTextWriter.csv(out, results);
        } else {
            EvaluationTextWriter.table(out, results);
        }
        return ExitScopeCli.OK;
    }

    /**
     * {@code --sweep SPEC has P points × at least T traces, about X of results, more than this H heap allows …},
     * or the same for the {@code --policy} configurations alone.
     */
    private String tooLarge(CorpusEvaluator.TooLarge e, SweepSpec grid, long maxMemory) {
        String what = grid == null ? e.configurations() + " configurations"
                : "--sweep " + sweep + " has " + grid.values().size() + " points"
                + (e.configurations() > grid.values().size() ? " (" + e.configurations() + " configurations with"
                + " the --policy ones)" : "");
        String traces = e.traces() == 1 ? ", about " + Bytes.binary(e.bytes()) + " of results for a single trace"
                : " × at least " + e.traces() + " traces, about " + Bytes.binary(e.bytes()) + " of results";
        return what + traces + ", more than this "
                + Bytes.binary(maxMemory) + " heap allows (" + Bytes.binary(e.limit()) + " free); use "
                + (grid == null ? "fewer configurations" : "fewer points") + " or a larger -Xmx (EXITSCOPE_JAVA_OPTS"
                + " for target/exitscope)";
    }
}
