package dev.exitscope.analysis.io.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonlSnifferTest {
    private final JsonlImporter importer = new JsonlImporter();

    @Test
    void nativeTracesAreNeverClaimed() {
        assertEquals(0, importer.sniff("a.jsonl", "{\"format\":\"exitscope/1\",\"id\":\"x\"}\n"));
        assertEquals(0, importer.sniff("a.trace.json", "  {\"format\": \"exitscope/1\"}"));
    }

    @Test
    void jsonLinesWithTypicalFieldsScoreModerately() {
        int s = importer.sniff("c.jsonl", "{\"question\": \"q\", \"response\": \"r\"}\n");
        assertTrue(s >= 30 && s < 60, "score " + s);
        int unnamed = importer.sniff("c.txt", "{\"question\": \"q\"}\n{\"question\": \"r\"}\n");
        assertTrue(unnamed >= 30, "score " + unnamed);
    }

    @Test
    void arrayOfRecordsScoresModerately() {
        int s = importer.sniff("d.json", "[\n {\"instruction\": \"i\", \"output\": \"o\"}]");
        assertTrue(s >= 30 && s < 60, "score " + s);
    }

    @Test
    void presetFieldNamesScoreSixty() {
        assertEquals(60, importer.sniff("x.json",
                "[{\"instruction\": \"i\", \"response\": \"<Thought>a</Thought>\"}]"));
        assertEquals(60, importer.sniff("x.jsonl",
                "{\"session_id\": \"1\", \"output\": [\"o\"], \"generator\": \"g\"}\n"));
    }

    @Test
    void serverFormatsStayLow() {
        assertTrue(importer.sniff("r.jsonl", "{\"object\": \"chat.completion\", \"choices\": []}\n") <= 30);
        assertTrue(importer.sniff("r.json", "{\"content\": \"x\", \"completion_probabilities\": []}") <= 30);
        assertTrue(importer.sniff("r.sse", "data: {\"choices\": []}\n\n") <= 30);
        assertTrue(importer.sniff("r.jsonl", "{\"prompt\": \"p\", \"object\": \"text_completion\"}\n") <= 30);
    }

    @Test
    void textIsNotClaimed() {
        assertEquals(0, importer.sniff("notes.txt", "Hello <think>x</think>"));
    }
}
