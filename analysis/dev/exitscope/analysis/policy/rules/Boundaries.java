package dev.exitscope.analysis.policy.rules;

import dev.exitscope.analysis.text.CharRanges;

/**
 * Boundary-character parameters as written in a SPEC: the characters themselves, with {@code \n}, {@code \t},
 * {@code \r} and {@code \\} as escapes (a real newline is hard to type on a command line). Stateless.
 */
public final class Boundaries {
    /** RPDI's third-party boundary set {@code . \n ; ? ! ,} in SPEC form. */
    public static final String DEFAULT = ".\\n;?!,";

    private Boundaries() {
    }

    public static String decode(String spec) {
        StringBuilder b = new StringBuilder(spec.length());
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c == '\\' && i + 1 < spec.length()) {
                char e = spec.charAt(++i);
                b.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether token {@code t} of the text holds one of {@code chars}. */
    static boolean at(dev.exitscope.analysis.signals.TraceSoFar soFar, int t, String chars) {
        return CharRanges.containsAny(soFar.text(), soFar.tokenStart(t), soFar.tokenStart(t + 1), chars);
    }
}
