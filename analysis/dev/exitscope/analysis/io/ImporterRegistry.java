package dev.exitscope.analysis.io;

import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Picks the importer for an input — the one named by {@code --format}, else the one whose sniff is most
 * confident — and runs it. Immutable and thread-safe.
 */
public final class ImporterRegistry {
    /** Bytes of an input that sniffing looks at. */
    public static final int HEAD_BYTES = 64 * 1024;

    private final List<TraceImporter> importers;

    public ImporterRegistry(List<TraceImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    public List<TraceImporter> importers() {
        return importers;
    }

    public List<String> names() {
        List<String> n = new ArrayList<>();
        for (TraceImporter i : importers) {
            n.add(i.name());
        }
        return n;
    }

    /** The importer called {@code name}, or an error listing the valid names. */
    public TraceImporter byName(String name) {
        for (TraceImporter i : importers) {
            if (i.name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "', expected one of "
                + String.join(", ", names()));
    }

    /** Chooses the importer for {@code source}: the named format, or the best sniff. */
    public TraceImporter choose(InputSource source, ImportOptions options) throws IOException {
        if (options.format() != null) {
            return byName(options.format());
        }
        byte[] head = source.head(HEAD_BYTES);
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        TraceImporter best = null;
        int bestScore = 0;
        for (TraceImporter i : importers) {
            int s = i.sniff(source.fileName(), text);
            if (s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        if (best == null) {
            throw TraceInputException.ofFile(source.displayName(), "unrecognised trace format; name it with --format ("
                    + importers.stream().map(TraceImporter::name).collect(Collectors.joining(", ")) + ")");
        }
        return best;
    }

    /**
     * Reads {@code source} into {@code sink}; returns the name of the importer used.
     *
     * @throws InputExhaustedError when the JVM runs out of memory or stack while reading, naming the input and line
     */
    public String read(InputSource source, ImportOptions options, TraceSink sink) throws IOException {
        TraceImporter importer;
        try {
            importer = choose(source, options);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw new InputExhaustedError(source.describePosition(), e);
        }
        read(source, importer, options, sink);
        return importer.name();
    }

    /**
     * Reads {@code source} into {@code sink} with {@code importer}, chosen before.
     *
     * @throws InputExhaustedError when the JVM runs out of memory or stack while reading, naming the input and line
     */
    public void read(InputSource source, TraceImporter importer, ImportOptions options, TraceSink sink)
            throws IOException {
        try {
            importer.read(source, options, sink);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw new InputExhaustedError(source.describePosition(), e);
        }
    }

    /**
     * The first trace of {@code source} that {@code wanted} accepts, or null; reading stops there, so opening one
     * trace near the start of a large corpus does not parse the rest of it (nor fail on a bad record after it).
     */
    public @Nullable Trace first(InputSource source, ImportOptions options, Predicate<Trace> wanted)
            throws IOException {
        Trace[] found = new Trace[1];
        try {
            read(source, options, t -> {
                if (wanted.test(t)) {
                    found[0] = t;
                    throw FoundIt.INSTANCE;
                }
            });
        } catch (FoundIt stop) {
            // the trace was found; the rest of the input is not needed
        }
        return found[0];
    }

    /** Ends a read from inside the sink once the wanted trace is found. */
    private static final class FoundIt extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private static final FoundIt INSTANCE = new FoundIt();

        private FoundIt() {
            super("found", null, false, false);
        }
    }
}
