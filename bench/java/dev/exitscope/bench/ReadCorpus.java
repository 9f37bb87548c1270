package dev.exitscope.bench;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a trace file the way {@code inspect} and {@code evaluate} do (the importer the registry chooses, every
 * trace built and then dropped) and prints the traces, tokens and probes read, for the read-speed comparison with
 * {@code python3 bench/policy_baseline.py --read-only}. With {@code repeats} above 1 it reads the file that many
 * times in one process and prints each read's wall-clock time and the reading thread's CPU time, so the cost
 * without JVM start and JIT warm-up shows too (the CPU time leaves out the compiler and collector threads).
 *
 * <p>Usage: {@code ReadCorpus FILE [repeats=1]}. Not thread-safe.
 */
public final class ReadCorpus {
    private ReadCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        ImporterRegistry registry = Importers.standard();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long[] counts = new long[3];
            registry.read(InputSource.of(file), ImportOptions.DEFAULT, t -> count(t, counts));
            double ms = (System.nanoTime() - t0) / 1e6;
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            System.out.println(String.format(Locale.ROOT,
                    "traces %d tokens %d probes %d read %.1f ms (reading thread's CPU time %.1f ms)",
                    counts[0], counts[1], counts[2], ms, cpuMs));
        }
    }

    private static void count(Trace t, long[] counts) {
        counts[0]++;
        counts[1] += t.tokenCount();
        counts[2] += t.probes().size();
    }
}
