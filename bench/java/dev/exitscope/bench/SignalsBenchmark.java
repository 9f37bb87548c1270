package dev.exitscope.bench;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.openai.OpenAiChatImporter;
import dev.exitscope.analysis.signals.candidates.TextSignals;
import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.signals.combined.TraceSignals;
import dev.exitscope.analysis.signals.entropy.EntropyColumns;
import dev.exitscope.analysis.signals.entropy.EntropySignal;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every signal except embeddings (entropy columns with top-k bounds, steps, step types, cues under all three rules,
 * candidates, trajectory, consistency, path deviation) on one synthetic 32,000-token trace with top-20 — the
 * file {@link SyntheticOpenAiChat} writes, imported once in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class SignalsBenchmark {
    @Param({"32000"})
    int tokens;

    private Trace trace;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path file = Files.createTempFile("exitscope-signals", ".json");
        try {
            SyntheticOpenAiChat.write(file, tokens, 20, 1);
            Trace[] out = new Trace[1];
            new OpenAiChatImporter().read(InputSource.of(file), ImportOptions.DEFAULT, t -> out[0] = t);
            trace = out[0];
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Benchmark
    public TraceSignals allSignalsButEmbeddings() {
        return SignalCache.compute(trace, SignalOptions.defaults(), null);
    }

    @Benchmark
    public EntropyColumns entropyOnly() {
        return EntropySignal.compute(trace);
    }

    @Benchmark
    public TextSignals textSignalsOnly() {
        return TextSignals.compute(trace);
    }
}
