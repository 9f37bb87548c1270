package dev.exitscope.analysis.io.vllm;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.io.TraceSink;

/** Reads the `vllm-offline` format. */
public final class VllmOfflineImporter implements TraceImporter {
    @Override
    public String name() {
        return "vllm-offline";
    }

    @Override
    public int sniff(String fileName, String head) {
        return 0;
    }

    @Override
    public void read(InputSource source, ImportOptions options, TraceSink sink) {
        throw TraceInputException.ofFile(source.displayName(), "the vllm-offline importer is not available yet");
    }
}
