package dev.exitscope.analysis.policy;

import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.Trace;
import org.jspecify.annotations.Nullable;

/**
 * The token accounting of one replay row (docs/policies.md, "Token accounting"). With n the trace's tokens,
 * s = thinkStart (0 without a block), R = reasoningEnd ({@code thinkEnd}, n without a block) and an exit keeping
 * x &lt; R tokens:
 * <ul>
 *   <li>answerCost A = n − R ({@code recorded}), the answer probe's out tokens ({@code probe}, else n − R) or 0
 *       ({@code none}); tokensUsed = x + A;</li>
 *   <li>thinkingTokens = R − s; thinkingKept = max(0, x − s); thinkingSaved = 1 − kept ÷ thinkingTokens;</li>
 *   <li>overheadTokens = the run's probe tokens, less the answer probe's when {@code probe} counts it as the
 *       answer and the run consumed it (it was the decision's own probe);</li>
 *   <li>without an exit: tokensUsed = n, answerCost = n − R, thinkingKept = thinkingTokens.</li>
 * </ul>
 * Immutable.
 */
record TokenAccount(int total, int used, int overhead, int answerCost, double saved, int thinkingTokens,
                    int thinkingKept, @Nullable Double thinkingSaved) {

    /** The account of a row whose policy did not exit (never fired, or could not replay). */
    static TokenAccount full(Trace trace, int overhead) {
        int n = trace.tokenCount();
        int end = ReplayTrace.reasoningEnd(trace);
        int thinking = end - thinkStart(trace);
        return new TokenAccount(n, n, overhead, n - end, 0.0, thinking, thinking, thinking == 0 ? null : 0.0);
    }

    /**
     * The account of an exit keeping {@code kept} tokens, answered by {@code answerProbe} (null when the answer came
     * from elsewhere); {@code ownProbe} says whether the run consumed that probe (counted it in its overhead).
     */
    static TokenAccount exit(Trace trace, int kept, int overhead, AnswerCost mode, @Nullable Probe answerProbe,
                             boolean ownProbe) {
        int n = trace.tokenCount();
        int end = ReplayTrace.reasoningEnd(trace);
        int recorded = n - end;
        int answer;
        int extra = overhead;
        switch (mode) {
            case NONE:
                answer = 0;
                break;
            case PROBE:
                answer = answerProbe == null ? recorded : answerProbe.costTokens();
                if (answerProbe != null && ownProbe) {
                    extra = Math.max(0, overhead - answerProbe.costTokens());
                }
                break;
            default:
                answer = recorded;
                break;
        }
        int used = kept + answer;
        int start = thinkStart(trace);
        int thinking = end - start;
        int keptThinking = Math.max(0, kept - start);
        return new TokenAccount(n, used, extra, answer, n == 0 ? 0.0 : 1.0 - (double) used / n, thinking,
                keptThinking, thinking == 0 ? null : 1.0 - (double) keptThinking / thinking);
    }

    private static int thinkStart(Trace trace) {
        Integer s = trace.thinkStart();
        return s == null ? 0 : s;
    }
}
