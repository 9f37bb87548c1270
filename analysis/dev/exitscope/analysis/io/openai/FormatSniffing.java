package dev.exitscope.analysis.io.openai;

/**
 * Cheap text checks the server-format importers use to score an input's first bytes. They look for JSON keys and
 * key–value pairs regardless of the whitespace around the colon, without parsing. Stateless and thread-safe.
 */
public final class FormatSniffing {
    private FormatSniffing() {
    }

    /** Whether {@code head} holds the key {@code "key"} followed by a colon. */
    public static boolean hasKey(String head, String key) {
        return valueAfter(head, key, 0) >= 0;
    }

    /** Whether {@code head} holds {@code "key": "value"} with exactly that string value. */
    public static boolean hasField(String head, String key, String value) {
        String quoted = "\"" + value + "\"";
        int from = 0;
        int v;
        while ((v = valueAfter(head, key, from)) >= 0) {
            if (head.startsWith(quoted, v)) {
                return true;
            }
            from = v;
        }
        return false;
    }

    /** Whether the input starts like ExitScope's own native format, which no server format claims. */
    public static boolean isNative(String head) {
        String h = head.stripLeading();
        return h.startsWith("{") && hasField(h.substring(0, Math.min(h.length(), 200)), "format", "exitscope/1");
    }

    /** Whether the first non-blank line is a server-sent-events line ({@code data:}, {@code event:}, …). */
    public static boolean startsWithEventLine(String head) {
        String h = head.stripLeading();
        return h.startsWith("data:") || h.startsWith("event:") || h.startsWith(":") || h.startsWith("id:")
                || h.startsWith("retry:");
    }

    /** Offset just after {@code "key"} plus whitespace, colon and whitespace, searching from {@code from}; or -1. */
    private static int valueAfter(String head, String key, int from) {
        String quoted = "\"" + key + "\"";
        int i = head.indexOf(quoted, from);
        while (i >= 0) {
            int j = skipSpace(head, i + quoted.length());
            if (j < head.length() && head.charAt(j) == ':') {
                return skipSpace(head, j + 1);
            }
            i = head.indexOf(quoted, i + 1);
        }
        return -1;
    }

    private static int skipSpace(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        return j;
    }
}
