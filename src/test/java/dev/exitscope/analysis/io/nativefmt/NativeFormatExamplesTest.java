package dev.exitscope.analysis.io.nativefmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.trace.Decoding;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.TopK;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.analysis.trace.TraceMeta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeFormatExamplesTest {

    @Test
    void theHandWrittenFixtureIsSniffedAndEveryFieldIsRead() throws IOException {
        List<Trace> read = new ArrayList<>();
        InputSource src = InputSource.of(NativeTestFiles.resource("fixtures/native/small.trace.json"));
        String used = Importers.standard().read(src, ImportOptions.DEFAULT, read::add);
        assertEquals("native", used);
        assertEquals(1, read.size());
        Trace t = read.get(0);
        assertEquals("six-times-seven:0", t.id());
        assertEquals(new TraceMeta("DeepSeek-R1-Distill-Qwen-1.5B", "hand-written test fixture", "CC0-1.0", "42",
                true, false, Map.of("vocabSize", "151936", "finishReason", "stop")), t.meta());
        assertEquals(new Question("What is 6 times 7?", "42", AnswerType.NUMERIC), t.question());
        assertEquals(new GroupRef("six-times-seven", 0), t.group());
        assertEquals(new Decoding(0.6, 0.95, 1L, 32768), t.decoding());
        assertEquals("What is 6 times 7?", t.prompt());

        assertEquals(8, t.tokenCount());
        assertEquals("<think>Six times seven\uD83D\uDE42</think>\\boxed{42}", t.text());
        assertEquals("", t.tokenText(4));
        assertEquals("\uD83D\uDE42", t.tokenText(5));
        assertEquals(-0.01f, t.logprob(0));
        assertTrue(Float.isNaN(t.logprob(2)));
        assertEquals(-9999f, t.logprob(4));
        assertEquals(1.25f, t.entropy(1));
        assertTrue(Float.isNaN(t.entropy(2)));
        assertEquals(151648, t.tokenId(0));
        assertEquals(-1, t.tokenId(4));

        TopK k = t.topK();
        assertEquals(2, k.k());
        assertEquals(8, k.positions());
        assertEquals(0, k.count(2));
        assertEquals(1, k.count(5));
        assertEquals("\n", k.text(6, 1));
        assertEquals(-7.2f, k.logprob(6, 1));

        assertEquals(0, t.thinkStart());
        assertEquals(7, t.thinkEnd());
        assertEquals(List.of("eot", "harm"), List.copyOf(t.seriesNames()));
        assertEquals(0.125f, t.series("harm", 5));
        assertTrue(Float.isNaN(t.series("harm", 3)));

        Probe deer = new Probe("deer", 4, "42", 0.97, "{42}", List.of(new ProbeToken("{", -0.01f),
                new ProbeToken("42", -0.02f), new ProbeToken("}", Float.NaN)), true, null);
        Probe lynx = new Probe("lynx", 6, null, null, null, List.of(), null, 0.83);
        assertEquals(List.of(deer, lynx), t.probes());
        assertEquals("42", t.finalAnswer().answer());
        assertEquals(Boolean.TRUE, t.finalAnswer().correct());
    }

    @Test
    void aCorpusIsReadLineByLineWithFallbackIdsAndExplicitOrDetectedThinkingBlocks() throws IOException {
        List<Trace> read = NativeTestFiles.read(NativeTestFiles.source("fixtures/native/corpus.traces.jsonl"));
        assertEquals(List.of("gsm-1:0", "gsm-1:1", "corpus:2"), read.stream().map(Trace::id).toList());
        assertEquals(4, read.get(0).thinkEnd());
        assertEquals(new GroupRef("gsm-1", 1), read.get(1).group());
        assertNull(read.get(1).thinkEnd(), "explicit null means no block even though </think> appears");
        assertNull(read.get(1).thinkStart());
        assertNull(read.get(2).thinkEnd());
        assertTrue(read.get(2).meta().synthetic());
        assertFalse(read.get(1).hasLogprobs());
        assertEquals(-1f, read.get(2).logprob(1));
    }

    @Test
    void aGzipCorpusReadsTheSameAsThePlainOne() throws IOException {
        List<Trace> plain = NativeTestFiles.read(NativeTestFiles.source("fixtures/native/corpus.traces.jsonl"));
        List<Trace> gz = NativeTestFiles.read(NativeTestFiles.source("fixtures/native/corpus.traces.jsonl.gz"));
        assertEquals(plain, gz);
    }

    @Test
    void aThinkingBlockWithoutThinkEndIsDetectedFromTheTags() throws IOException {
        String json = "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\",\"<think>\",\"b\",\"</think>\",\"c\"]}}";
        Trace t = NativeTestFiles.read(InputSource.ofBytes("x.trace.json", json.getBytes(StandardCharsets.UTF_8)))
                .get(0);
        assertEquals(1, t.thinkStart());
        assertEquals(4, t.thinkEnd());
        assertEquals("x:0", t.id());
    }

    @Test
    void theFinalFieldIsIgnoredAndRecomputedByExitScopesExtractor() throws IOException {
        String json = "{\"final\":{\"answer\":\"41\",\"correct\":true},\"format\":\"exitscope/1\","
                + "\"question\":{\"gold\":\"42\"},\"tokens\":{\"text\":[\"\\\\boxed{42}\"]}}";
        Trace t = NativeTestFiles.read(InputSource.ofBytes("x.trace.json", json.getBytes(StandardCharsets.UTF_8)))
                .get(0);
        assertEquals("42", t.finalAnswer().answer());
    }

    @Test
    void aTinyTraceIsWrittenExactlyAsExpectedInBothLayouts() {
        Trace t = tinyTrace();
        String line = "{\"format\":\"exitscope/1\",\"id\":\"tiny\",\"meta\":{\"model\":\"m\"},"
                + "\"question\":{\"gold\":\"42\",\"answerType\":\"numeric\"},"
                + "\"tokens\":{\"text\":[\"<think>\",\"6*7\",\"</think>\",\"\\\\boxed{42}\"],"
                + "\"logprob\":[-0.5,null,-0.25,-9999.0],"
                + "\"topK\":{\"k\":2,\"text\":[[],[\"6*7\",\"42\"],[],[]],\"logprob\":[[],[-0.125,-2.5],[],[]]}},"
                + "\"thinkEnd\":3,\"series\":{\"eot\":[0.0,1.0E-5,0.75,null]},"
                + "\"probes\":[{\"kind\":\"deer\",\"at\":2,\"answer\":\"42\",\"confidence\":0.97,"
                + "\"out\":[{\"text\":\"42\",\"logprob\":-0.1}],\"correct\":true}],"
                + "\"final\":{\"answer\":\"42\",\"correct\":true}}";
        assertEquals(line, NativeTraceWriter.toJson(t, NativeTraceWriter.Layout.LINE));
        String file = String.join("\n",
                "{",
                "  \"format\": \"exitscope/1\",",
                "  \"id\": \"tiny\",",
                "  \"meta\": {",
                "    \"model\": \"m\"",
                "  },",
                "  \"question\": {",
                "    \"gold\": \"42\",",
                "    \"answerType\": \"numeric\"",
                "  },",
                "  \"tokens\": {",
                "    \"text\": [\"<think>\",\"6*7\",\"</think>\",\"\\\\boxed{42}\"],",
                "    \"logprob\": [-0.5,null,-0.25,-9999.0],",
                "    \"topK\": {\"k\":2,\"text\":[[],[\"6*7\",\"42\"],[],[]],\"logprob\":[[],[-0.125,-2.5],[],[]]}",
                "  },",
                "  \"thinkEnd\": 3,",
                "  \"series\": {",
                "    \"eot\": [0.0,1.0E-5,0.75,null]",
                "  },",
                "  \"probes\": [",
                "    {\"kind\":\"deer\",\"at\":2,\"answer\":\"42\",\"confidence\":0.97,"
                        + "\"out\":[{\"text\":\"42\",\"logprob\":-0.1}],\"correct\":true}",
                "  ],",
                "  \"final\": {",
                "    \"answer\": \"42\",",
                "    \"correct\": true",
                "  }",
                "}");
        assertEquals(file, NativeTraceWriter.toJson(t, NativeTraceWriter.Layout.FILE));
    }

    @Test
    void theCorpusWriterChoosesLayoutAndCompressionByFileName(@TempDir Path dir) throws IOException {
        Trace a = tinyTrace();
        Trace b = NativeTestFiles.read(NativeTestFiles.source("fixtures/native/small.trace.json")).get(0);
        for (String name : List.of("c.traces.jsonl", "c.traces.jsonl.gz")) {
            Path p = dir.resolve(name);
            NativeCorpusWriter.write(p, List.of(a, b));
            assertEquals(List.of(a, b), NativeTestFiles.read(InputSource.of(p)), name);
        }
        for (String name : List.of("one.trace.json", "one.trace.json.gz")) {
            Path p = dir.resolve(name);
            NativeCorpusWriter.write(p, List.of(b));
            assertEquals(List.of(b), NativeTestFiles.read(InputSource.of(p)), name);
        }
        String first = Files.readAllLines(dir.resolve("c.traces.jsonl"), StandardCharsets.UTF_8).get(0);
        assertEquals(NativeTraceWriter.toJson(a, NativeTraceWriter.Layout.LINE), first);
        assertThrows(IllegalArgumentException.class,
                () -> NativeCorpusWriter.write(dir.resolve("two.trace.json"), List.of(a, b)));
        assertThrows(IllegalArgumentException.class,
                () -> NativeCorpusWriter.write(dir.resolve("none.trace.json"), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> NativeCorpusWriter.write(dir.resolve("c.json"), List.of(a)));
    }

    @Test
    void sniffingIsCertainForNativeHeadsAndSilentForOthers() {
        NativeImporter n = new NativeImporter();
        assertEquals(100, n.sniff("a.trace.json", "  {\"format\":\"exitscope/1\",\"id\":\"x\"}"));
        assertEquals(100, n.sniff("a.trace.json", "{\n  \"format\": \"exitscope/1\""));
        assertEquals(90, n.sniff("a.json", "{\"id\":\"x\",\"format\":\"exitscope/1\"}"));
        assertEquals(0, n.sniff("a.jsonl", "{\"id\":\"x\"}\n{\"format\":\"exitscope/1\"}"));
        assertEquals(0, n.sniff("a.json", "{\"choices\":[]}"));
        assertEquals(0, n.sniff("a.txt", "format exitscope/1"));
    }

    static Trace tinyTrace() {
        TraceBuilder b = new TraceBuilder("tiny");
        b.meta(TraceMeta.EMPTY.withModel("m")).question(new Question(null, "42", AnswerType.NUMERIC));
        b.declareTopK(2);
        b.addToken("<think>", -0.5f);
        b.addToken("6*7", Float.NaN);
        b.addAlternative("6*7", -0.125f);
        b.addAlternative("42", -2.5f);
        b.addToken("</think>", -0.25f);
        b.addToken("\\boxed{42}", -9999f);
        b.series("eot", new float[] {0f, 1e-5f, 0.75f, Float.NaN});
        b.probe(new Probe("deer", 2, "42", 0.97, null, List.of(new ProbeToken("42", -0.1f)), true, null));
        return b.build();
    }
}
