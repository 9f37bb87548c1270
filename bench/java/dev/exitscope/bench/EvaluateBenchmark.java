package dev.exitscope.bench;

import dev.exitscope.analysis.policy.PolicyRegistry;
import dev.exitscope.analysis.policy.PolicySpec;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.policy.eval.CorpusEvaluation;
import dev.exitscope.analysis.policy.eval.CorpusEvaluator;
import dev.exitscope.analysis.policy.eval.SweepSpec;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Corpus evaluation over {@link SyntheticCorpus} (1,000 traces × 8,000 tokens, top-4 rows, generated once in
 * setup): replay on both cores (traces in parallel, rows filed in order) plus every metric with a 2,000-resample
 * bootstrap per configuration. {@code twelveSignalOnly}: budget ×3, entropy ×3, rpdi ×2, firstk ×2,
 * consistency ×2. {@code oneEntropy}: one entropy configuration. {@code entropySweep50}: a 50-point threshold sweep
 * (one pass per trace). {@code entropySweep50PerPoint}: the same 50 configurations given as separate policies,
 * replayed one by one — the cost the one-pass sweep avoids.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class EvaluateBenchmark {
    static final List<String> TWELVE = List.of("budget:tokens=1024", "budget:tokens=2048", "budget:tokens=4096",
            "entropy:threshold=0.3", "entropy:threshold=0.6", "entropy:threshold=0.9", "rpdi", "rpdi:threshold=2",
            "firstk:k=1", "firstk:k=2", "consistency:n=2", "consistency:n=3");
    static final String SWEEP = "entropy:threshold=0.1:2.55:50";

    private List<Trace> traces;
    private final PolicyRegistry registry = PolicyCatalog.standard();

    @Setup(Level.Trial)
    public void setUp() {
        traces = SyntheticCorpus.generate(1000, 8000, 4, 1);
    }

    @Benchmark
    public List<CorpusEvaluation> twelveSignalOnly() {
        return evaluate(TWELVE, null);
    }

    @Benchmark
    public List<CorpusEvaluation> oneEntropy() {
        return evaluate(List.of("entropy:threshold=0.6"), null);
    }

    @Benchmark
    public List<CorpusEvaluation> entropySweep50() {
        return evaluate(List.of(), SWEEP);
    }

    @Benchmark
    public List<CorpusEvaluation> entropySweep50PerPoint() {
        List<String> specs = new ArrayList<>();
        SweepSpec.parse(SWEEP, registry).specs().forEach(s -> specs.add(s.toString()));
        return evaluate(specs, null);
    }

    List<CorpusEvaluation> evaluate(List<String> specs, @Nullable String sweep) {
        List<PolicySpec> parsed = new ArrayList<>();
        specs.forEach(s -> parsed.add(PolicySpec.parse(s)));
        CorpusEvaluator ev = new CorpusEvaluator(registry, parsed, sweep == null ? null : SweepSpec.parse(sweep,
                registry));
        traces.parallelStream().map(ev::replay).forEachOrdered(ev::add);
        return ev.finish(1);
    }
}
