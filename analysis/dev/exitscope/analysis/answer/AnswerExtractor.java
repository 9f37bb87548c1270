package dev.exitscope.analysis.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Extracts a final answer from free text: the last {@code \boxed{…}} / {@code \fbox{…}}, else "the answer is …". */
public final class AnswerExtractor {
    private static final Pattern ANSWER_IS = Pattern.compile(
            "(?i)(?:final answer|the answer)\\s*(?:is|:)\\s*[:]?\\s*(.+?)(?:\\.\\s|\\.$|\\n|$)");

    private AnswerExtractor() {
    }

    public static @Nullable String extractFinal(String text) {
        String boxed = lastBoxed(text);
        if (boxed != null) {
            return boxed.trim();
        }
        Matcher m = ANSWER_IS.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1).trim();
        }
        return last == null || last.isEmpty() ? null : last;
    }

    /** Content of the last {@code \boxed{…}} or {@code \fbox{…}} with balanced braces, or null. */
    public static @Nullable String lastBoxed(String text) {
        int idx = Math.max(text.lastIndexOf("\\boxed"), text.lastIndexOf("\\fbox"));
        while (idx >= 0) {
            String content = braced(text, idx);
            if (content != null) {
                return content;
            }
            int b = text.lastIndexOf("\\boxed", idx - 1);
            int f = text.lastIndexOf("\\fbox", idx - 1);
            idx = Math.max(b, f);
        }
        return null;
    }

    private static @Nullable String braced(String text, int at) {
        int open = text.indexOf('{', at);
        if (open < 0) {
            return null;
        }
        String between = text.substring(at, open);
        if (!between.equals("\\boxed") && !between.equals("\\fbox") && !between.trim().equals("\\boxed")) {
            return null;
        }
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return text.substring(open + 1, i);
                }
            }
        }
        return null;
    }
}
