package dev.exitscope.analysis.io.llamacpp;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.io.TraceSink;

/** Reads the `llamacpp` format. */
public final class LlamaCppImporter implements TraceImporter {
    @Override
    public String name() {
        return "llamacpp";
    }

    @Override
    public int sniff(String fileName, String head) {
        return 0;
    }

    @Override
    public void read(InputSource source, ImportOptions options, TraceSink sink) {
        throw TraceInputException.ofFile(source.displayName(), "the llamacpp importer is not available yet");
    }
}
