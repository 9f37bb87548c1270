package dev.exitscope.analysis.io.openai;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.io.TraceSink;

/** Reads the `openai-chat` format. */
public final class OpenAiChatImporter implements TraceImporter {
    @Override
    public String name() {
        return "openai-chat";
    }

    @Override
    public int sniff(String fileName, String head) {
        return 0;
    }

    @Override
    public void read(InputSource source, ImportOptions options, TraceSink sink) {
        throw TraceInputException.ofFile(source.displayName(), "the openai-chat importer is not available yet");
    }
}
