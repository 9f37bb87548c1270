package dev.exitscope.views.tokentext;

import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;

/** Traces for the token text tests. */
final class TokenTextFixtures {
    private TokenTextFixtures() {
    }

    /** A trace of {@code n} tokens with varying probabilities and top-2 alternatives, a line break every 40. */
    static Trace longTrace(int n) {
        TraceBuilder b = new TraceBuilder("long", n + 10);
        for (int i = 0; i < n; i++) {
            double p = 0.2 + 0.75 * ((i * 7919L) % 101) / 100.0;
            b.addToken(i % 40 == 39 ? ".\n" : i % 97 == 0 ? " Wait" : " w" + (i % 13), (float) Math.log(p));
            b.addAlternative(" w", (float) Math.log(p));
            b.addAlternative(" v", (float) Math.log((1 - p) / 2));
        }
        return b.build();
    }
}
