package dev.exitscope.analysis.io;

import java.io.IOException;

/**
 * Reads one input format. Importers are stateless and thread-safe; each {@link #read} call streams the traces of
 * one input to the sink in file order and ends either normally or with a {@link TraceInputException}.
 */
public interface TraceImporter {
    /** The format name ({@code --format NAME}) that {@code inspect} reports. */
    String name();

    /**
     * How sure this importer is that {@code head} (the first bytes of the decompressed input, as text) is in its
     * format: 0 for no, up to 100 for certain. Cheap; called for every importer on every file.
     */
    int sniff(String fileName, String head);

    void read(InputSource source, ImportOptions options, TraceSink sink) throws IOException;
}
