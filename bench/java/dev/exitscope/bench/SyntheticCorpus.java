package dev.exitscope.bench;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.analysis.trace.TraceMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded in-memory corpus of reasoning-shaped traces for policy benchmarks. Each trace has {@code tokens}
 * tokens: a {@code <think>} block, then {@code </think>} and a one-line answer in the last 9 tokens; words from a small
 * reasoning vocabulary, a paragraph break ({@code \n\n}) every 40–200 tokens, sentence ends and commas (the RPDI
 * boundaries), and every 300–900 tokens a candidate {@code \boxed{N}} (the gold answer with probability 0.6);
 * the answer repeats the gold in {@code \boxed{}} for 70 % of traces, another number otherwise. Every token has a
 * logprob and a top-{@code k} row drawn around a slowly drifting "confidence" regime, so windowed entropy and
 * RPDI cross their thresholds at varied places. Series {@code harm} (mostly near 0, rare bursts) and {@code eot}
 * (end-of-thinking probability rising towards the end) feed {@code scm} and {@code ts}. Traces come in groups of 8
 * samples per question. Synthetic: {@code meta.synthetic} is set. Deterministic per seed.
 */
public final class SyntheticCorpus {
    private static final String[] WORDS = {" the", " answer", " is", " so", " we", " have", " x", " =", " 2", " 3",
        " 12", " then", " equation", " solve", " for", " both", " sides", " divide", " multiply", " by", " gives",
        " total", " number", " of", " each", " step", " check", " result", " Wait", " Hmm", " let", " me", " again",
        " consider", " case", " first", " second", " term", " product", " therefore", " Alternatively", " verify"};
    private static final int GROUP = 8;

    private SyntheticCorpus() {
    }

    /** {@code traces} traces of {@code tokens} tokens with top-{@code k} rows. */
    public static List<Trace> generate(int traces, int tokens, int k, long seed) {
        List<Trace> out = new ArrayList<>(traces);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < traces; i++) {
            out.add(trace(i, tokens, k, rnd.split()));
        }
        return out;
    }

    private static Trace trace(int index, int tokens, int k, SplittableRandom rnd) {
        int question = index / GROUP;
        String gold = Integer.toString(10 + question % 90);
        TraceBuilder b = new TraceBuilder("q" + question + ":" + index % GROUP)
                .meta(TraceMeta.EMPTY.withModel("synthetic/corpus-generator").withSynthetic(true))
                .question(new Question("Synthetic question " + question, gold, AnswerType.NUMERIC))
                .group(new GroupRef("q" + question, index % GROUP));
        b.declareTopK(k);
        float[] harm = new float[tokens];
        float[] eot = new float[tokens];
        String answer = rnd.nextDouble() < 0.7 ? gold : Integer.toString(100 + rnd.nextInt(900));
        List<String> tail = List.of("</think>", "\n\n", "The", " answer", " is", " \\boxed{", answer, "}", ".");
        double regime = rnd.nextDouble();
        int nextParagraph = 40 + rnd.nextInt(160);
        int nextCandidate = 300 + rnd.nextInt(600);
        int burst = 0;
        int t = 0;
        add(b, rnd, k, "<think>", regime);
        t++;
        while (t < tokens) {
            int remaining = tokens - t;
            if (remaining == tail.size()) {
                for (int j = 0; j < tail.size(); j++) {
                    add(b, rnd, k, tail.get(j), 0.95);
                    series(harm, eot, t++, rnd, 0, tokens, true);
                }
                break;
            }
            String word;
            if (t == nextParagraph) {
                word = "\n\n";
                nextParagraph += 40 + rnd.nextInt(160);
                regime = Math.min(1, Math.max(0, regime + rnd.nextDouble() * 0.6 - 0.3));
            } else if (t >= nextCandidate && remaining > tail.size() + 3) {
                String n = rnd.nextDouble() < 0.6 ? gold : Integer.toString(100 + rnd.nextInt(900));
                for (String s : new String[] {" \\boxed{", n, "}"}) {
                    add(b, rnd, k, s, regime);
                    series(harm, eot, t++, rnd, burst, tokens, false);
                }
                nextCandidate = t + 300 + rnd.nextInt(600);
                continue;
            } else {
                double u = rnd.nextDouble();
                word = u < 0.06 ? "." : u < 0.10 ? "," : WORDS[rnd.nextInt(WORDS.length)];
            }
            if (burst > 0) {
                burst--;
            } else if (rnd.nextDouble() < 0.0005) {
                burst = 20 + rnd.nextInt(40);
            }
            add(b, rnd, k, word, regime);
            series(harm, eot, t++, rnd, burst, tokens, false);
        }
        b.series("harm", harm).series("eot", eot);
        return b.build();
    }

    /** One token with its logprob and a top-k row whose spread follows {@code confidence} in [0, 1]. */
    private static void add(TraceBuilder b, SplittableRandom rnd, int k, String text, double confidence) {
        double top = 0.25 + 0.74 * Math.min(1, Math.max(0, confidence + rnd.nextDouble() * 0.3 - 0.15));
        double rest = 1 - top;
        b.addToken(text, (float) Math.log(top));
        b.addAlternative(text, (float) Math.log(top));
        for (int j = 1; j < k; j++) {
            double p = rest * (0.3 + 0.4 * rnd.nextDouble());
            rest -= p;
            b.addAlternative(WORDS[(j * 7 + text.length()) % WORDS.length] + j, (float) Math.log(p));
        }
    }

    private static void series(float[] harm, float[] eot, int t, SplittableRandom rnd, int burst, int tokens,
                               boolean answer) {
        harm[t] = burst > 0 ? (float) (0.6 + 0.4 * rnd.nextDouble()) : (float) (0.1 * rnd.nextDouble());
        double progress = (double) t / tokens;
        eot[t] = answer ? 0.5f : (float) (1e-4 + 0.05 * progress * progress * progress * rnd.nextDouble());
    }
}
