package dev.exitscope.bench;

import dev.exitscope.analysis.signals.redundancy.CachingEmbedder;
import dev.exitscope.analysis.signals.redundancy.EmbeddingCache;
import dev.exitscope.analysis.signals.redundancy.LexicalEmbedder;
import dev.exitscope.analysis.signals.redundancy.RedundancyCalculator;
import dev.exitscope.analysis.signals.redundancy.RedundancyResult;
import dev.exitscope.inference.embed.EmbedderOptions;
import dev.exitscope.inference.embed.ModelLoadException;
import dev.exitscope.inference.embed.OnnxSentenceEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Redundancy (K = 1, τ = 0.35) of one trace of 200 steps of about 300 characters, the model already loaded:
 * all-MiniLM-L6-v2 with an empty cache (every step embedded), with a warm in-memory cache, with a fresh cache over
 * a warm disk directory (a trace reopened in a new process), and the lexical embedder. The steps are sentences
 * drawn from a fixed word list with a seeded {@link Random}, so every run sees the same text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class RedundancyBenchmark {
    private static final String[] WORDS = {
        "so", "the", "sum", "of", "roots", "is", "equal", "to", "minus", "b", "over", "a", "wait", "let", "me",
        "check", "again", "we", "have", "x", "squared", "plus", "two", "three", "times", "seven", "gives",
        "twenty", "one", "therefore", "answer", "should", "be", "but", "maybe", "I", "made", "mistake", "in",
        "previous", "step", "consider", "triangle", "with", "sides", "five", "twelve", "thirteen", "area",
        "half", "base", "height", "hmm", "alternatively", "factor", "quadratic", "divide", "both", "by",
        "number", "prime", "modulo", "remainder", "when", "divided", "hence", "value", "function", "at",
        "point", "derivative", "zero", "verify", "substituting", "back", "into", "original", "equation", "works",
    };

    @Param({"200"})
    int steps;

    @Param({"300"})
    int chars;

    @Param({"32"})
    int batchSize;

    @Param({"0"})
    int threads;

    private List<String> texts = List.of();
    private OnnxSentenceEmbedder miniLm;
    private CachingEmbedder warm;
    private Path diskDir;

    /** {@code n} steps of at least {@code length} characters: sentences of 6–14 words from {@link #WORDS}. */
    static List<String> syntheticSteps(int n, int length, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder step = new StringBuilder();
            while (step.length() < length) {
                int words = 6 + random.nextInt(9);
                StringBuilder sentence = new StringBuilder();
                for (int w = 0; w < words; w++) {
                    String word = WORDS[random.nextInt(WORDS.length)];
                    sentence.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    sentence.append(w == words - 1 ? ". " : " ");
                }
                step.append(sentence);
            }
            out.add(step.toString().trim());
        }
        return out;
    }

    @Setup(Level.Trial)
    public void load() throws ModelLoadException, IOException {
        texts = syntheticSteps(steps, chars, 42);
        miniLm = OnnxSentenceEmbedder.miniLm(EmbedderOptions.MINILM.withBatchSize(batchSize)
                .withIntraOpThreads(threads));
        warm = new CachingEmbedder(miniLm, EmbeddingCache.inMemory(EmbeddingCache.DEFAULT_MAX_BYTES));
        warm.embed(texts);
        diskDir = Files.createTempDirectory("exitscope-bench-vectors");
        new CachingEmbedder(miniLm, EmbeddingCache.onDisk(diskDir, 0)).embed(texts);
        int totalChars = texts.stream().mapToInt(String::length).sum();
        System.out.println("steps: " + texts.size() + ", mean characters: " + totalChars / texts.size());
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        miniLm.close();
        try (Stream<Path> files = Files.walk(diskDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public RedundancyResult miniLmUncached() {
        CachingEmbedder fresh = new CachingEmbedder(miniLm, EmbeddingCache.inMemory(EmbeddingCache.DEFAULT_MAX_BYTES));
        return new RedundancyCalculator(fresh).compute(texts);
    }

    @Benchmark
    public RedundancyResult miniLmCached() {
        return new RedundancyCalculator(warm).compute(texts);
    }

    @Benchmark
    public RedundancyResult miniLmReopenedFromDisk() throws IOException {
        EmbeddingCache reopened = EmbeddingCache.onDisk(diskDir, EmbeddingCache.DEFAULT_MAX_BYTES);
        return new RedundancyCalculator(new CachingEmbedder(miniLm, reopened)).compute(texts);
    }

    @Benchmark
    public RedundancyResult lexical() {
        return new RedundancyCalculator(new LexicalEmbedder()).compute(texts);
    }
}
