package dev.exitscope.analysis.signals.steps;

import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.StepEnded;
import dev.exitscope.analysis.signals.StepType;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * A finished step of a whole trace, for display and analysis: tokens {@code [start, end)}, its type, and the
 * number of chars from its first to its last non-whitespace char ({@code contentChars}, 0 for a blank step).
 * Immutable.
 */
public record Step(int index, int start, int end, StepType type, int contentChars) {

    /** The steps among {@code events} (in event order), measured against {@code trace}'s text. */
    public static List<Step> fromEvents(Trace trace, List<? extends SignalEvent> events) {
        List<Step> out = new ArrayList<>();
        String text = trace.text();
        for (SignalEvent e : events) {
            if (e instanceof StepEnded s) {
                out.add(new Step(s.index(), s.start(), s.end(), s.type(),
                        contentChars(text, trace.tokenStart(s.start()), trace.tokenStart(s.end()))));
            }
        }
        return out;
    }

    /** Chars from the first to the last non-whitespace char of {@code text[from, to)}; 0 when all blank. */
    public static int contentChars(CharSequence text, int from, int to) {
        int a = from;
        while (a < to && Segmenter.isSpace(text.charAt(a))) {
            a++;
        }
        int b = to;
        while (b > a && Segmenter.isSpace(text.charAt(b - 1))) {
            b--;
        }
        return b - a;
    }
}
