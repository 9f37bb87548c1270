package dev.exitscope.analysis.io.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleFormatsTest {
    @ParameterizedTest
    @CsvSource({"openai-chat.json, openai-chat", "openai-sse.txt, openai-sse", "completions.json, completions",
        "llamacpp.json, llamacpp", "ollama-chat.ndjson, ollama", "vllm-offline.json, vllm-offline"})
    void eachServerExampleIsSniffedAndAnswersFiftyFour(String file, String format) throws IOException {
        InputSource src = InputSource.of(Path.of("sample-traces", "formats", file));
        ImporterRegistry registry = Importers.standard();
        assertEquals(format, registry.choose(src, ImportOptions.DEFAULT).name());
        List<Trace> traces = new ArrayList<>();
        registry.read(src, ImportOptions.DEFAULT, traces::add);
        assertFalse(traces.isEmpty());
        for (Trace t : traces) {
            assertEquals("54", t.finalAnswer().answer());
            assertEquals(0, t.thinkStart());
        }
    }
}
