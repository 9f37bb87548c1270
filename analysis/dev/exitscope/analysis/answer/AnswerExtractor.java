package dev.exitscope.analysis.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Extracts a final answer from free model output. In order of precedence: the content of the last
 * {@code \boxed{…}} or {@code \fbox{…}} (balanced braces; {@code \boxed 5} without braces too), as the MATH
 * dataset (Hendrycks et al. 2021) and Qwen2.5-Math prompts ask for; else the last "the answer is …",
 * "Final Answer: …" or GSM8K-style {@code #### …} statement (Cobbe et al. 2021); else a choice letter such as
 * {@code (B)} alone on a short last line. A number merely standing at the end of the text is not taken as the
 * final answer: in free-form output (proofs, explanations) it is as often a coordinate or a step as the answer.
 * Such numbers are candidates only where a conclusion step holds them (see the candidate signals).
 */
public final class AnswerExtractor {
    private static final Pattern EDGE_STARS = Pattern.compile("^\\*+|\\*+$");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    static final Pattern STATEMENT = Pattern.compile(
            "(?i)(?:\\banswer\\s+is|\\banswer\\s*(?:\\*\\*)?\\s*[:：]"
            + "|\\bfinal\\s+answer\\b(?!\\s+is)(?:\\s*\\*\\*)?\\s*[:：]?"
            + "|^\\s*#{2,}\\s*(?=[-$\\d]))"
            + "(?:\\s*\\*\\*)?[ \\t]*:?[ \\t]*\\n?[ \\t]*(.+?)(?:\\.(?=\\s|$)|\\n|$)", Pattern.MULTILINE);
    private static final Pattern CHOICE = Pattern.compile("\\(([A-J])\\)|^\\s*([A-J])[).:]?\\s*$");
    private static final Pattern NUMBER = Pattern.compile(
            "-?\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:\\s*/\\s*\\d+)?|-?\\.\\d+");
    private static final int MAX_STATEMENT = 200;
    private static final int MAX_CHOICE_LINE = 40;

    private AnswerExtractor() {
    }

    /** The final answer stated in {@code text}, trimmed, or null when none can be found. */
    public static @Nullable String extractFinal(String text) {
        String boxed = lastBoxed(text);
        if (boxed != null) {
            return boxed.trim();
        }
        String stated = lastStatement(text, 0);
        if (stated != null) {
            return stated;
        }
        String lastLine = lastLine(text);
        if (lastLine == null) {
            return null;
        }
        Matcher c = CHOICE.matcher(lastLine);
        String letter = null;
        while (lastLine.strip().length() <= MAX_CHOICE_LINE && c.find()) {
            letter = c.group(1) != null ? c.group(1) : c.group(2);
        }
        return letter;
    }

    /** Content of the last {@code \boxed{…}} / {@code \fbox{…}} (or {@code \boxed 5}), or null. */
    public static @Nullable String lastBoxed(String text) {
        int idx = Math.max(text.lastIndexOf("\\boxed"), text.lastIndexOf("\\fbox"));
        while (idx >= 0) {
            String content = boxedAt(text, idx);
            if (content != null && !content.isBlank()) {
                return content;
            }
            idx = idx == 0 ? -1 : Math.max(text.lastIndexOf("\\boxed", idx - 1), text.lastIndexOf("\\fbox", idx - 1));
        }
        return null;
    }

    private static @Nullable String boxedAt(String text, int at) {
        int i = at + (text.startsWith("\\boxed", at) ? 6 : 5);
        if (i < text.length() && Character.isLetter(text.charAt(i))) {
            return null;
        }
        int j = i;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        if (j < text.length() && text.charAt(j) == '{') {
            int close = AnswerNormalizer.closingBrace(text, j);
            return close < 0 ? null : text.substring(j + 1, close);
        }
        if (j == i) {
            return null;
        }
        int end = j;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '$') {
            end++;
        }
        String v = text.substring(j, end);
        return v.endsWith(".") ? v.substring(0, v.length() - 1) : v;
    }

    private static @Nullable String lastStatement(String text, int depth) {
        if (!mayHoldStatement(text)) {
            return null;
        }
        Matcher m = STATEMENT.matcher(text);
        String last = null;
        while (m.find()) {
            String v = cleanStatement(m.group(1));
            if (!v.isEmpty() && v.length() <= MAX_STATEMENT) {
                last = v;
            }
        }
        if (last != null && depth == 0) {
            String inner = lastStatement(last, 1);
            if (inner != null) {
                return inner;
            }
        }
        return last;
    }

    /**
     * Whether {@code text} holds "answer" in any case or "##", one of which every answer statement contains: a scan
     * that costs a few nanoseconds a char rules out most long texts before the statement pattern, which costs far
     * more a char, runs over them.
     */
    static boolean mayHoldStatement(String text) {
        if (text.contains("##")) {
            return true;
        }
        int n = text.length() - 5;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c == 'a' || c == 'A') && text.regionMatches(true, i, "answer", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value of an answer statement as the extractor cleans it: trimmed, surrounding {@code **} removed, and one
     * layer of {@code \[…\]}, {@code \(…\)} or {@code $$…$$} display delimiters unwrapped.
     */
    public static String cleanStatement(String raw) {
        String v = raw.trim();
        v = EDGE_STARS.matcher(v).replaceAll("").trim();
        if (v.startsWith("\\[") && v.endsWith("\\]") || v.startsWith("\\(") && v.endsWith("\\)")) {
            v = v.substring(2, v.length() - 2).trim();
        }
        if (v.startsWith("$$") && v.endsWith("$$") && v.length() >= 4) {
            v = v.substring(2, v.length() - 2).trim();
        }
        return v;
    }

    private static @Nullable String lastLine(String text) {
        String[] lines = LINE_BREAK.split(text);
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i];
            }
        }
        return null;
    }

    /**
     * Char span {@code {start, end}} of the last number in {@code line} by the extractor's number rule (optional
     * minus, thousands separators, decimals, a simple fraction {@code 3/4}), or null when it holds none.
     */
    public static int @Nullable [] lastNumberSpan(String line) {
        Matcher m = NUMBER.matcher(line);
        int[] span = null;
        while (m.find()) {
            span = new int[] {m.start(), m.end()};
        }
        return span;
    }
}
