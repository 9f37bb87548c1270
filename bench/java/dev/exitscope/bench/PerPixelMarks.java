package dev.exitscope.bench;

import dev.exitscope.analysis.timeline.Lane;
import dev.exitscope.analysis.timeline.TimelineData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A copy of timeline data whose sparse marks (reflection cues, lane points) are thinned to what a fitted timeline
 * of a given plot width can show: at most one cue per pixel column, and per pixel column only the lowest and the
 * highest point of each point lane. It stands in, in the frame benchmark, for a renderer that merges marks per
 * pixel column, so the gain of that change can be measured before it is made. Pure function.
 */
final class PerPixelMarks {
    private PerPixelMarks() {
    }

    static TimelineData thin(TimelineData d, double plotWidth) {
        int n = d.trace().tokenCount();
        List<Lane> lanes = new ArrayList<>();
        for (Lane l : d.lanes()) {
            lanes.add(l.pointTokens() == null ? l : thinPoints(l, n, plotWidth));
        }
        int[] cues = d.cueTokens();
        int[] kept = new int[cues.length];
        int count = 0;
        int lastColumn = -1;
        for (int t : cues) {
            int column = column(t, n, plotWidth);
            if (column != lastColumn) {
                kept[count++] = t;
                lastColumn = column;
            }
        }
        return new TimelineData(d.trace(), lanes, d.stepStarts(), d.stepEnds(), d.stepTypes(),
                Arrays.copyOf(kept, count), d.candidateTokens(), d.candidateAnswers(), d.candidateState(),
                d.firstCorrect(), d.thinkEnd());
    }

    private static Lane thinPoints(Lane l, int n, double plotWidth) {
        int[] tok = l.pointTokens();
        float[] val = l.pointValues();
        int[] keptTok = new int[tok.length];
        float[] keptVal = new float[tok.length];
        int count = 0;
        int k = 0;
        while (k < tok.length) {
            int column = column(tok[k], n, plotWidth);
            int lo = -1;
            int hi = -1;
            for (; k < tok.length && column(tok[k], n, plotWidth) == column; k++) {
                if (Float.isNaN(val[k])) {
                    continue;
                }
                lo = lo < 0 || val[k] < val[lo] ? k : lo;
                hi = hi < 0 || val[k] > val[hi] ? k : hi;
            }
            for (int keep : lo < 0 ? new int[0] : lo == hi ? new int[] {lo} : new int[] {lo, hi}) {
                keptTok[count] = tok[keep];
                keptVal[count++] = val[keep];
            }
        }
        return new Lane(l.id(), l.title(), l.pyramid(), Arrays.copyOf(keptTok, count), Arrays.copyOf(keptVal, count),
                l.barStarts(), l.barEnds(), l.barValues(), l.approximate(), l.min(), l.max(), l.emptyText());
    }

    private static int column(int token, int n, double plotWidth) {
        return (int) Math.floor((token + 0.5) * plotWidth / n);
    }
}
