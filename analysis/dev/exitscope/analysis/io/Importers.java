package dev.exitscope.analysis.io;

import dev.exitscope.analysis.io.jsonl.JsonlImporter;
import dev.exitscope.analysis.io.llamacpp.LlamaCppImporter;
import dev.exitscope.analysis.io.nativefmt.NativeImporter;
import dev.exitscope.analysis.io.ollama.OllamaImporter;
import dev.exitscope.analysis.io.openai.CompletionsImporter;
import dev.exitscope.analysis.io.openai.OpenAiChatImporter;
import dev.exitscope.analysis.io.openai.OpenAiSseImporter;
import dev.exitscope.analysis.io.text.TextImporter;
import dev.exitscope.analysis.io.vllm.VllmOfflineImporter;
import java.util.List;

/** The standard set of importers, in the order the CLI lists them. */
public final class Importers {
    private Importers() {
    }

    /** A new registry holding every built-in importer. */
    public static ImporterRegistry standard() {
        return new ImporterRegistry(List.of(
                new OpenAiChatImporter(),
                new OpenAiSseImporter(),
                new CompletionsImporter(),
                new LlamaCppImporter(),
                new OllamaImporter(),
                new VllmOfflineImporter(),
                new TextImporter(),
                new JsonlImporter(),
                new NativeImporter()));
    }
}
