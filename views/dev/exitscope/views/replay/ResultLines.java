package dev.exitscope.views.replay;

import dev.exitscope.analysis.policy.ReplayResult;
import java.util.ArrayList;
import java.util.List;

/** A replay result as the lines the policy panel shows. Stateless. */
public final class ResultLines {
    private ResultLines() {
    }

    /** The lines for {@code r}: what a policy that cannot run needs, or where it stopped and what that gives. */
    public static List<String> of(ReplayResult r) {
        return of(r, null);
    }

    /** The lines for {@code r}, the exit explained by {@code why} when known. */
    public static List<String> of(ReplayResult r, @org.jspecify.annotations.Nullable String why) {
        List<String> out = new ArrayList<>();
        if (!r.replayable()) {
            out.addAll(NeedsText.describe(r.needs()));
            return out;
        }
        if (r.exitToken() == null) {
            out.add("Does not fire on this trace: all " + r.tokensTotal() + " tokens are used");
        } else {
            out.add("Exit after token " + r.exitToken() + ": " + (why == null ? r.reason().wireName() : why));
            out.add("Tokens used " + r.tokensUsed() + " of " + r.tokensTotal() + " (answer " + r.answerCost()
                    + (r.overheadTokens() > 0 ? ", probes " + r.overheadTokens() : "") + ") · saved "
                    + ReplayViewModel.percent(r.saved()));
            if (r.thinkingSaved() != null) {
                out.add("Thinking kept " + r.thinkingKept() + " of " + r.thinkingTokens() + " · saved "
                        + ReplayViewModel.percent(r.thinkingSaved()));
            }
        }
        StringBuilder a = new StringBuilder(r.answer() == null ? "No answer at the exit"
                : "Answer " + r.answer() + " (from " + r.answerSource() + ")");
        if (r.correct() != null) {
            a.append(r.correct() ? " · correct" : " · wrong");
        }
        if (r.premature()) {
            a.append(" · premature: the full trace was right");
        }
        out.add(a.toString());
        return out;
    }
}
