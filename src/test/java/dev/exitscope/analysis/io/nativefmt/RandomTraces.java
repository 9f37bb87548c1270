package dev.exitscope.analysis.io.nativefmt;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.trace.Decoding;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.analysis.trace.TraceMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Builds arbitrary traces from a random source, covering every field the native format carries. */
final class RandomTraces {
    private static final String[] PIECES = {"<think>", "</think>", "<Thought>", "</Thought>", "\\boxed{", "}", "42",
        " the", "\n", "\r\n", "\t", "\"", "\\", "/", "\u0000", "\u001f", "\u2028", "é", "中", "\uD83D\uDE42",
        "\uD835\uDC00", "\uD83D", "\uDE42", "\uFEFF", "{", "[", "]", "null", " ", "7.5e3"};
    private static final String[] KINDS = {"deer", "dynasor", "puma", "lynx", "forced", "prm"};

    private final Random rnd;

    RandomTraces(Random rnd) {
        this.rnd = rnd;
    }

    Trace trace() {
        TraceBuilder b = new TraceBuilder(text(6));
        b.meta(meta()).question(question()).decoding(decoding()).prompt(maybe(() -> text(10)));
        if (rnd.nextBoolean()) {
            b.group(new GroupRef(text(4), rnd.nextInt(50)));
        }
        int n = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(40);
        boolean entropy = rnd.nextBoolean();
        boolean ids = rnd.nextBoolean();
        boolean topK = rnd.nextBoolean();
        int k = rnd.nextInt(5);
        if (topK && rnd.nextBoolean()) {
            b.declareTopK(k);
        }
        for (int i = 0; i < n; i++) {
            b.addToken(text(3), logprob());
            if (entropy) {
                b.setEntropy(rnd.nextInt(5) == 0 ? Float.NaN : rnd.nextFloat() * 5);
            }
            if (ids) {
                b.setTokenId(rnd.nextInt(5) == 0 ? -1 : rnd.nextInt(Integer.MAX_VALUE));
            }
            for (int j = topK ? rnd.nextInt(k + 1) : 0; j > 0; j--) {
                b.addAlternative(text(3), logprob());
            }
        }
        int mode = rnd.nextInt(3);
        if (mode == 1) {
            b.thinkRange(null, null);
        } else if (mode == 2) {
            int end = rnd.nextInt(n + 1);
            b.thinkRange(rnd.nextBoolean() ? null : rnd.nextInt(end + 1), end);
        }
        for (int s = rnd.nextInt(4); s > 0; s--) {
            float[] v = new float[n];
            for (int i = 0; i < n; i++) {
                v[i] = rnd.nextInt(4) == 0 ? Float.NaN : anyFloat();
            }
            b.series(name(), v);
        }
        for (int p = rnd.nextInt(5); p > 0; p--) {
            b.probe(probe(n));
        }
        return b.build();
    }

    private TraceMeta meta() {
        Map<String, String> extra = new TreeMap<>();
        for (int i = rnd.nextInt(3); i > 0; i--) {
            extra.put(name(), text(4));
        }
        return new TraceMeta(maybe(() -> text(5)), maybe(() -> text(5)), maybe(() -> text(3)),
                maybe(() -> text(3)), maybe(rnd::nextBoolean), rnd.nextBoolean(), extra);
    }

    private Question question() {
        AnswerType[] types = AnswerType.values();
        return new Question(maybe(() -> text(8)), maybe(() -> text(2)),
                maybe(() -> types[rnd.nextInt(types.length)]));
    }

    private Decoding decoding() {
        return new Decoding(maybe(this::anyDouble), maybe(rnd::nextDouble), maybe(rnd::nextLong),
                maybe(() -> rnd.nextInt(Integer.MAX_VALUE)));
    }

    private Probe probe(int n) {
        List<ProbeToken> out = new ArrayList<>();
        for (int i = rnd.nextInt(4); i > 0; i--) {
            out.add(new ProbeToken(text(2), logprob()));
        }
        return new Probe(KINDS[rnd.nextInt(KINDS.length)], rnd.nextInt(n + 1), maybe(() -> text(2)),
                maybe(this::anyDouble), maybe(() -> text(3)), out, maybe(rnd::nextBoolean), maybe(rnd::nextDouble));
    }

    /** A field name: any text except unpaired surrogates, which JSON parsers reject in names. */
    String name() {
        String s = text(4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (!Character.isSurrogate(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A token-like string: empty, or pieces chosen to stress escaping and UTF-16 handling. */
    String text(int maxPieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = rnd.nextInt(maxPieces + 1); i > 0; i--) {
            if (rnd.nextBoolean()) {
                sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            } else {
                sb.appendCodePoint(rnd.nextInt(3) == 0 ? rnd.nextInt(0x110000) : 0x20 + rnd.nextInt(0x5f));
            }
        }
        return sb.toString();
    }

    private float logprob() {
        switch (rnd.nextInt(6)) {
            case 0: return Float.NaN;
            case 1: return -9999f;
            case 2: return anyFloat();
            default: return -rnd.nextFloat() * 20;
        }
    }

    /** Any float bit pattern: subnormals, -0.0, infinities and NaN included. */
    private float anyFloat() {
        return Float.intBitsToFloat(rnd.nextInt());
    }

    private double anyDouble() {
        double d = Double.longBitsToDouble(rnd.nextLong());
        return Double.isFinite(d) ? d : rnd.nextGaussian();
    }

    private <T> T maybe(java.util.function.Supplier<T> s) {
        return rnd.nextInt(3) == 0 ? null : s.get();
    }
}
