package dev.exitscope.analysis.signals.cues;

import dev.exitscope.analysis.signals.CueRule;
import dev.exitscope.analysis.signals.CueSeen;
import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.TracePrefix;
import dev.exitscope.analysis.signals.TraceSoFar;
import dev.exitscope.analysis.signals.steps.TokenLookup;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Finds reflection cues in the text as it arrives and emits {@link CueSeen} at the token containing the last char
 * of each match (LYNX's event token: the first token whose cumulative char end reaches the end of the match),
 * carrying the char offset where the match starts.
 *
 * <p>Rules ({@link CueRule}): {@code DEER} matches the listed strings case-sensitively anywhere (vLLM stop strings,
 * so {@code Wait} also fires inside {@code Waiting}); {@code LYNX} matches case-insensitive substrings;
 * {@code WORD} matches case-insensitively with a word boundary on both sides (no letter, digit or {@code _}
 * adjacent). Under {@code WORD} a match that ends at the last char seen so far is undecided: it is emitted when
 * the next char arrives and is not a word char, or at {@link #onEnd}. When several cues end at the same char only
 * the longest is reported ({@code let me double-check} rather than also {@code double-check}).
 *
 * <p>Each char is examined once against each cue, comparing backwards from the new char, so the work per char is
 * bounded by the total cue length (the window is the longest cue plus one char) and independent of the text so far.
 * One instance follows one trace; not thread-safe.
 */
public final class CueDetector implements IncrementalSignal {
    /** DEER's stop string (vllm-deer.py, {@code --points 1}). */
    public static final List<String> DEER_CUES = List.of("Wait");
    /** DEER's other stop string (vllm-deer.py, {@code --points 0}). */
    public static final List<String> DEER_ALTERNATIVELY = List.of("Alternatively");
    /** LYNX's event substrings (farukakgul/LYNX). */
    public static final List<String> LYNX_CUES = List.of("hmm", "wait", "alternatively");
    /** The word-boundary list: LYNX's cues plus common confirmation and contrast words. */
    public static final List<String> WORD_CUES = List.of("wait", "hmm", "alternatively", "let me double-check",
            "double-check", "but", "however", "let me check", "actually");

    private static final int MAX_CUES = 4096;
    private static final int MAX_CUE_LENGTH = 1 << 19;
    private final CueRule rule;
    private final List<String> cues;
    private final char[][] patterns;
    private int scanned;
    private int pendingCue = -1;
    private int pendingEnd;

    public CueDetector(CueRule rule, List<String> cues) {
        this.rule = rule;
        this.cues = List.copyOf(cues);
        if (this.cues.size() > MAX_CUES) {
            throw new IllegalArgumentException("at most " + MAX_CUES + " cues, got " + this.cues.size());
        }
        this.patterns = new char[this.cues.size()][];
        for (int k = 0; k < patterns.length; k++) {
            String c = this.cues.get(k);
            if (c.isEmpty() || c.length() > MAX_CUE_LENGTH) {
                throw new IllegalArgumentException("a cue has 1 to " + MAX_CUE_LENGTH + " chars: '" + c + "'");
            }
            patterns[k] = (rule == CueRule.DEER ? c : c.toLowerCase(Locale.ROOT)).toCharArray();
        }
    }

    /** A detector with the rule's default cue list. */
    public static CueDetector defaults(CueRule rule) {
        return new CueDetector(rule, defaultCues(rule));
    }

    public static List<String> defaultCues(CueRule rule) {
        switch (rule) {
            case DEER:
                return DEER_CUES;
            case LYNX:
                return LYNX_CUES;
            default:
                return WORD_CUES;
        }
    }

    public CueRule rule() {
        return rule;
    }

    public List<String> cues() {
        return cues;
    }

    @Override
    public void onToken(TraceSoFar soFar, Consumer<SignalEvent> events) {
        if (rule == CueRule.DEER) {
            literalMatches(soFar, events);
            return;
        }
        CharSequence text = soFar.text();
        int n = text.length();
        for (int i = scanned; i < n; i++) {
            char c = text.charAt(i);
            if (pendingCue >= 0) {
                if (!isWordChar(c)) {
                    emit(soFar, pendingCue, pendingEnd, events);
                }
                pendingCue = -1;
            }
            int k = longestMatchEndingAt(text, i, c);
            if (k < 0) {
                continue;
            }
            if (rule == CueRule.WORD) {
                pendingCue = k;
                pendingEnd = i;
            } else {
                emit(soFar, k, i, events);
            }
        }
        scanned = n;
    }

    /**
     * The {@code DEER} rule's case-sensitive literal matches ending in the chars that arrived, found with
     * {@link TraceSoFar#indexOf} (one search per occurrence over a recorded trace) instead of char by char; at one end
     * char only the longest cue is reported, as in the char-by-char scan.
     */
    private void literalMatches(TraceSoFar soFar, Consumer<SignalEvent> events) {
        int n = soFar.text().length();
        long[] found = null;
        int count = 0;
        for (int k = 0; k < patterns.length; k++) {
            String cue = cues.get(k);
            int from = Math.max(0, scanned - cue.length() + 1);
            for (int i = soFar.indexOf(cue, from); i >= 0; i = soFar.indexOf(cue, i + 1)) {
                if (found == null) {
                    found = new long[4];
                } else if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, count * 2);
                }
                int end = i + cue.length() - 1;
                // ordered by end char, then longest cue first, then list order
                found[count++] = ((long) end << 32) | ((long) (MAX_CUE_LENGTH - cue.length()) << 12) | k;
            }
        }
        scanned = n;
        if (found == null) {
            return;
        }
        java.util.Arrays.sort(found, 0, count);
        int lastEnd = -1;
        for (int j = 0; j < count; j++) {
            int end = (int) (found[j] >>> 32);
            if (end != lastEnd) {
                emit(soFar, (int) (found[j] & 0xfff), end, events);
                lastEnd = end;
            }
        }
    }

    /**
     * Under {@code DEER}, the token count that completes the next literal match (matches are found over any number
     * of new chars at once); every token under the other rules, whose word-boundary and case-folding scans run char
     * by char.
     */
    @Override
    public int nextEvent(TracePrefix cursor) {
        if (rule != CueRule.DEER) {
            return cursor.tokenCount() + 1;
        }
        int next = Integer.MAX_VALUE;
        for (String cue : cues) {
            next = Math.min(next, cursor.tokensToSee(cue, Math.max(0, scanned - cue.length() + 1)));
        }
        return next;
    }

    @Override
    public void onEnd(TraceSoFar soFar, Consumer<SignalEvent> events) {
        if (pendingCue >= 0) {
            emit(soFar, pendingCue, pendingEnd, events);
            pendingCue = -1;
        }
    }

    private void emit(TraceSoFar soFar, int cue, int endChar, Consumer<SignalEvent> events) {
        int startChar = endChar - patterns[cue].length + 1;
        events.accept(new CueSeen(TokenLookup.at(soFar, endChar), cues.get(cue), rule, startChar));
    }

    private int longestMatchEndingAt(CharSequence text, int end, char c) {
        char last = c;
        if (rule != CueRule.DEER) {
            last = Character.toLowerCase(last);
        }
        int best = -1;
        for (int k = 0; k < patterns.length; k++) {
            char[] p = patterns[k];
            if (p[p.length - 1] != last || p.length > end + 1 || best >= 0 && p.length <= patterns[best].length) {
                continue;
            }
            if (matchesAt(text, end, p)) {
                best = k;
            }
        }
        return best;
    }

    private boolean matchesAt(CharSequence text, int end, char[] p) {
        int start = end - p.length + 1;
        for (int j = p.length - 2; j >= 0; j--) {
            char c = text.charAt(start + j);
            if (rule != CueRule.DEER) {
                c = Character.toLowerCase(c);
            }
            if (c != p[j]) {
                return false;
            }
        }
        return rule != CueRule.WORD || start == 0 || !isWordChar(text.charAt(start - 1));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
