package dev.exitscope.views.tokentext;

import dev.exitscope.analysis.signals.entropy.EntropyColumns;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.Trace;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the token text view shows for one trace, computed per token off the FX thread: the heat bucket and
 * extreme flags of each signal ({@link HeatScale}), the step of each token, whether it lies in the thinking block,
 * belongs to a candidate answer or ends a reflection cue, and the paragraphs the text is split into. A paragraph
 * ends after a token holding a line break, before a step, at the end of the thinking block, and before it would
 * exceed {@link #MAX_PARAGRAPH_CHARS} characters, so every list cell stays small however long the lines are.
 * Immutable and thread-safe; build it on a worker and hand it to the view.
 */
public final class TokenTextModel {
    /** Longest paragraph, in characters, unless one token alone is longer. */
    public static final int MAX_PARAGRAPH_CHARS = 600;
    /** How far before a candidate's last token its answer text is looked for, in characters. */
    private static final int CANDIDATE_WINDOW = 400;
    private static final byte THINK = 1;
    private static final byte CANDIDATE = 2;
    private static final byte CUE = 4;
    private static final byte BREAK = 8;
    private static final byte ONLY_LINE_BREAKS = 16;

    private final Trace trace;
    private final HeatScale[] scales;
    private final byte[] flags;
    private final int[] stepStarts;
    private final String[] stepTypes;
    private final int[] paragraphStarts;

    private TokenTextModel(Trace trace, HeatScale[] scales, byte[] flags, int[] stepStarts, String[] stepTypes,
                           int[] paragraphStarts) {
        this.trace = trace;
        this.scales = scales;
        this.flags = flags;
        this.stepStarts = stepStarts;
        this.stepTypes = stepTypes;
        this.paragraphStarts = paragraphStarts;
    }

    /** Builds the model from the timeline data and the entropy columns of the same trace. Worker thread. */
    public static TokenTextModel of(TimelineData d, EntropyColumns e) {
        return of(d.trace(), e, d.stepStarts(), d.stepTypes(), d.cueTokens(), d.candidateTokens(),
                d.candidateAnswers());
    }

    /**
     * Builds the model from the trace's structure and entropy columns, without the timeline's lanes, so that it
     * can be built while another thread computes them. Worker thread.
     */
    public static TokenTextModel of(Trace trace, EntropyColumns e, TimelineData.Structure k) {
        return of(trace, e, k.stepStarts(), k.stepTypes(), k.cueTokens(), k.candidateTokens(), k.candidateAnswers());
    }

    private static TokenTextModel of(Trace trace, EntropyColumns e, int[] stepStarts, String[] stepTypes,
                                     int[] cueTokens, int[] candidateTokens, String[] candidateAnswers) {
        int n = trace.tokenCount();
        float[] h = new float[n];
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            h[i] = e.entropy(i);
            s[i] = Math.min(e.surprisal(i), 20f);
        }
        return of(trace, h, s, stepStarts, stepTypes, cueTokens, candidateTokens, candidateAnswers);
    }

    /**
     * Builds the model from per-token values (NaN where absent) and the trace structure. The arrays are read, not
     * kept, except {@code stepStarts} and {@code stepTypes}, which must not change afterwards. Worker thread.
     */
    public static TokenTextModel of(Trace trace, float[] entropy, float[] surprisal, int[] stepStarts,
                                    String[] stepTypes, int[] cueTokens, int[] candidateTokens,
                                    String[] candidateAnswers) {
        int n = trace.tokenCount();
        HeatScale[] scales = {HeatScale.of(entropy), HeatScale.of(surprisal), HeatScale.of(probeConfidence(trace))};
        byte[] flags = new byte[n];
        Integer ts = trace.thinkStart();
        Integer te = trace.thinkEnd();
        if (ts != null && te != null) {
            for (int i = ts; i < Math.min(n, te); i++) {
                flags[i] |= THINK;
            }
        }
        for (int c : cueTokens) {
            if (c >= 0 && c < n) {
                flags[c] |= CUE;
            }
        }
        for (int k = 0; k < candidateTokens.length; k++) {
            markCandidate(trace, flags, candidateTokens[k], candidateAnswers[k]);
        }
        markBreaks(trace, flags);
        return new TokenTextModel(trace, scales, flags, stepStarts, stepTypes,
                paragraphs(trace, stepStarts, te));
    }

    /**
     * Per token, the confidence (else p) of the latest probe at or before it that has one, NaN before the first;
     * probes at the same token count in their order, so the last one stands.
     */
    static float[] probeConfidence(Trace trace) {
        int n = trace.tokenCount();
        float[] out = new float[n];
        Arrays.fill(out, Float.NaN);
        List<Probe> probes = new java.util.ArrayList<>(trace.probes());
        probes.sort(java.util.Comparator.comparingInt(Probe::at));
        int k = 0;
        float current = Float.NaN;
        for (int t = 0; t < n; t++) {
            while (k < probes.size() && probes.get(k).at() <= t) {
                Probe p = probes.get(k++);
                Double c = p.confidence() != null ? p.confidence() : p.p();
                if (c != null) {
                    current = c.floatValue();
                }
            }
            out[t] = current;
        }
        return out;
    }

    private static void markCandidate(Trace trace, byte[] flags, int token, String answer) {
        if (token < 0 || token >= flags.length) {
            return;
        }
        int end = trace.tokenEnd(token);
        int at = answer.isEmpty() ? -1 : trace.text().lastIndexOf(answer, end - answer.length());
        if (at < 0 || at < end - CANDIDATE_WINDOW) {
            flags[token] |= CANDIDATE;
            return;
        }
        int last = trace.tokenAtChar(at + answer.length() - 1);
        for (int i = trace.tokenAtChar(at); i <= last; i++) {
            flags[i] |= CANDIDATE;
        }
    }

    /**
     * Marks the tokens a line may wrap before: those starting with white space or an ideograph, and those after a
     * token ending with white space, an ideograph or a hyphen. A word split into several tokens stays on one line.
     */
    private static void markBreaks(Trace trace, byte[] flags) {
        String text = trace.text();
        for (int i = 0; i < flags.length; i++) {
            int from = trace.tokenStart(i);
            int to = trace.tokenEnd(i);
            int k = from;
            while (k < to && (text.charAt(k) == '\n' || text.charAt(k) == '\r')) {
                k++;
            }
            if (to > from && k == to) {
                flags[i] |= ONLY_LINE_BREAKS;
            }
        }
        for (int i = 1; i < flags.length; i++) {
            int at = trace.tokenStart(i);
            if (at <= 0 || at >= text.length() || at == trace.tokenEnd(i)) {
                continue;
            }
            char first = text.charAt(at);
            char before = text.charAt(at - 1);
            if (Character.isWhitespace(first) || Character.isWhitespace(before) || ideograph(first)
                    || ideograph(before) || before == '-') {
                flags[i] |= BREAK;
            }
        }
    }

    private static boolean ideograph(char c) {
        return c >= 0x2e80 && Character.isIdeographic(c) || c >= 0x3000 && c <= 0x30ff;
    }

    private static int[] paragraphs(Trace trace, int[] stepStarts, @Nullable Integer thinkEnd) {
        int n = trace.tokenCount();
        String text = trace.text();
        int nextLineBreak = text.indexOf('\n');
        int[] starts = new int[16];
        int count = 0;
        int chars = 0;
        int step = 0;
        boolean breakNext = true;
        for (int i = 0; i < n; i++) {
            boolean stepStart = false;
            while (step < stepStarts.length && stepStarts[step] <= i) {
                stepStart |= stepStarts[step] == i;
                step++;
            }
            int len = trace.tokenEnd(i) - trace.tokenStart(i);
            boolean thinkBoundary = thinkEnd != null && thinkEnd == i;
            if (breakNext || stepStart || thinkBoundary || chars + len > MAX_PARAGRAPH_CHARS) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
                chars = 0;
            }
            chars += len;
            if (nextLineBreak >= 0 && nextLineBreak < trace.tokenStart(i)) {
                nextLineBreak = text.indexOf('\n', trace.tokenStart(i));
            }
            breakNext = nextLineBreak >= 0 && nextLineBreak < trace.tokenEnd(i);
        }
        int[] out = Arrays.copyOf(starts, count + 1);
        out[count] = n;
        return out;
    }

    public Trace trace() {
        return trace;
    }

    public int tokenCount() {
        return flags.length;
    }

    /** The quantile buckets of {@code signal}. */
    public HeatScale scale(TokenSignal signal) {
        return scales[signal.ordinal()];
    }

    public boolean thinking(int token) {
        return (flags[token] & THINK) != 0;
    }

    /** Whether the token is part of a candidate answer's text. */
    public boolean candidate(int token) {
        return (flags[token] & CANDIDATE) != 0;
    }

    /** Whether the token is nothing but line breaks (shown as one return symbol at the end of its line). */
    public boolean onlyLineBreaks(int token) {
        return (flags[token] & ONLY_LINE_BREAKS) != 0;
    }

    /** Whether a wrapped line may start at the token (see {@link #markBreaks}). */
    public boolean breakBefore(int token) {
        return (flags[token] & BREAK) != 0;
    }

    /** Whether a reflection cue ends at the token. */
    public boolean cue(int token) {
        return (flags[token] & CUE) != 0;
    }

    /** The step holding the token, or -1 before the first step. */
    public int step(int token) {
        int k = Arrays.binarySearch(stepStarts, token);
        return k >= 0 ? k : -k - 2;
    }

    public int paragraphCount() {
        return paragraphStarts.length - 1;
    }

    /** First token of paragraph {@code p}. */
    public int paragraphStart(int p) {
        return paragraphStarts[p];
    }

    /** One past the last token of paragraph {@code p}. */
    public int paragraphEnd(int p) {
        return paragraphStarts[p + 1];
    }

    /** The paragraph holding the token. */
    public int paragraphOf(int token) {
        int k = Arrays.binarySearch(paragraphStarts, 0, paragraphStarts.length - 1, token);
        return k >= 0 ? k : -k - 2;
    }

    /** The type of the step that starts with paragraph {@code p}, or null when no step starts there. */
    public @Nullable String stepTypeStartingAt(int p) {
        int first = paragraphStarts[p];
        int k = Arrays.binarySearch(stepStarts, first);
        return k >= 0 ? stepTypes[k] : null;
    }

    /**
     * The token as shown: its text without trailing line breaks (the paragraph ends there instead), a return
     * symbol for each line break inside it and a symbol alone for a token that is nothing but line breaks, so that
     * it can still be seen and clicked; a tab shows as four spaces and other control characters as a space.
     */
    public String displayText(int token) {
        String s = trace.tokenText(token);
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        if (end == 0 && !s.isEmpty()) {
            return "\u21b5";
        }
        StringBuilder b = null;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c != '\u007f') {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(end + 8).append(s, 0, i);
            }
            switch (c) {
                case '\n' -> b.append('\u21b5');
                case '\r' -> { }
                case '\t' -> b.append("    ");
                default -> b.append(' ');
            }
        }
        return b != null ? b.toString() : end == s.length() ? s : s.substring(0, end);
    }
}
