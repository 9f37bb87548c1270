package dev.exitscope.bench;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.openai.OpenAiChatImporter;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Import speed of an OpenAI chat completion with per-token logprobs, bytes arrays and top-k alternatives
 * (32,000 tokens × 20 alternatives ≈ 53 MB by default), from a file on disk to a built {@link Trace}.
 * MB/s = file size ÷ the reported time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ImportBenchmark {
    @Param({"32000"})
    int tokens;

    @Param({"20"})
    int topK;

    private Path file;
    private final OpenAiChatImporter importer = new OpenAiChatImporter();

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        file = Files.createTempFile("exitscope-bench", ".json");
        long size = SyntheticOpenAiChat.write(file, tokens, topK, 1);
        System.out.println("file size: " + size + " bytes");
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Trace importOpenAiChat() throws IOException {
        Trace[] out = new Trace[1];
        importer.read(InputSource.of(file), ImportOptions.DEFAULT, t -> out[0] = t);
        return out[0];
    }
}
