package dev.exitscope.analysis.io.jsonl;

import java.util.regex.Pattern;

/**
 * How sure the JSON Lines importer is about a file: 0 for ExitScope's native format and for non-JSON; 60 when the
 * head shows a preset's field names; 40 for JSON Lines (by name, or by a head of one object per line) and 35 for a
 * JSON array of records with typical field names; 20 for other {@code .jsonl} files. Server response formats
 * ({@code chat.completion}, {@code completion_probabilities}, SSE {@code data:} lines) never score above 20 unless a
 * preset's fields match, so their own importers win.
 */
final class JsonlSniffer {
    private static final Pattern NATIVE = Pattern.compile("^\\s*\\{\\s*\"format\"\\s*:\\s*\"exitscope/");
    private static final Pattern SERVER = Pattern.compile(
            "\"chat\\.completion|completion_probabilities|\"text_completion\"|(?m)^data:\\s");
    private static final Pattern TYPICAL = Pattern.compile(
            "\"(?:question|problem|prompt|instruction|response|output|completion|generation|answer|gold|gt)\"\\s*:");
    private static final Pattern OBJECT_LINES = Pattern.compile("^\\s*\\{[^\\n]*\\}\\s*\\r?\\n\\s*\\{");
    private static final Pattern ARRAY_OF_OBJECTS = Pattern.compile("^\\s*\\[\\s*\\{");

    private JsonlSniffer() {
    }

    static int sniff(String fileName, String head) {
        if (NATIVE.matcher(head).find()) {
            return 0;
        }
        String h = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String t = h.stripLeading();
        if (!t.startsWith("{") && !t.startsWith("[")) {
            return 0;
        }
        if (presetFields(h)) {
            return 60;
        }
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        boolean jsonlName = lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
        boolean server = SERVER.matcher(h).find();
        boolean typical = TYPICAL.matcher(h).find();
        int score;
        if (t.startsWith("[")) {
            score = ARRAY_OF_OBJECTS.matcher(h).find() && typical ? 35 : 0;
        } else if (jsonlName || OBJECT_LINES.matcher(h).find()) {
            score = typical ? 40 : jsonlName ? 20 : 10;
        } else {
            score = 0;
        }
        return server ? Math.min(score, 20) : score;
    }

    private static boolean presetFields(String h) {
        boolean qwen = h.contains("\"pred\"") && h.contains("\"score\"") && h.contains("\"gt\"")
                && h.contains("\"response\"");
        boolean zeroeval = h.contains("\"session_id\"") && h.contains("\"generator\"") && h.contains("\"output\"");
        boolean marco = h.contains("\"instruction\"") && h.contains("\"response\"") && h.contains("<Thought>");
        return qwen || zeroeval || marco;
    }
}
