package dev.exitscope.analysis.io.ollama;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.io.TraceSink;

/** Reads the `ollama` format. */
public final class OllamaImporter implements TraceImporter {
    @Override
    public String name() {
        return "ollama";
    }

    @Override
    public int sniff(String fileName, String head) {
        return 0;
    }

    @Override
    public void read(InputSource source, ImportOptions options, TraceSink sink) {
        throw TraceInputException.ofFile(source.displayName(), "the ollama importer is not available yet");
    }
}
