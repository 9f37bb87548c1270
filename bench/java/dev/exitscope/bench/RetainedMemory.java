package dev.exitscope.bench;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.openai.OpenAiChatImporter;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the heap a built trace retains, per token: imports the synthetic 32,000 × 20 file several times, keeps
 * every trace alive, and divides the growth of the used heap after full collections by the tokens held.
 * Also prints the trace's own estimate ({@link Trace#retainedBytes()}) for comparison.
 *
 * <p>Run it with {@code -XX:+UseSerialGC}: the serial collector compacts the whole heap on {@code System.gc()}, so
 * "used" is the live data; G1's figure also counts regions it has not compacted and overstates it.
 *
 * <p>Usage: {@code java -XX:+UseSerialGC … RetainedMemory [tokens=32000] [topK=20] [copies=8]}.
 */
public final class RetainedMemory {
    private RetainedMemory() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int tokens = args.length > 0 ? Integer.parseInt(args[0]) : 32_000;
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int copies = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Path file = Files.createTempFile("exitscope-mem", ".json");
        try {
            SyntheticOpenAiChat.write(file, tokens, k, 1);
            OpenAiChatImporter importer = new OpenAiChatImporter();
            List<Trace> keep = new ArrayList<>();
            importer.read(InputSource.of(file), ImportOptions.DEFAULT, keep::add);
            keep.clear();
            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            long before = usedAfterGc(mem);
            for (int c = 0; c < copies; c++) {
                importer.read(InputSource.of(file), ImportOptions.DEFAULT, keep::add);
            }
            long after = usedAfterGc(mem);
            long held = (long) tokens * copies;
            System.out.printf("measured: %.1f bytes/token (%d traces x %d tokens, top-%d)%n",
                    (after - before) / (double) held, copies, tokens, k);
            System.out.printf("estimate: %.1f bytes/token (Trace.retainedBytes)%n",
                    keep.get(0).retainedBytes() / (double) tokens);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long usedAfterGc(MemoryMXBean mem) throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return mem.getHeapMemoryUsage().getUsed();
    }
}
