package dev.exitscope.bench;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.io.nativefmt.NativeCorpusWriter;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.analysis.trace.TraceMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Writes a seeded native corpus ({@code .traces.jsonl}) for the probe-policy benchmark: {@code traces} traces of
 * {@code tokens} tokens each, shaped like recorded R1-style runs with the probes Dynasor and DEER need.
 *
 * <p>Each trace opens with {@code <think>}, reasons in words from a small vocabulary (a case-sensitive
 * {@code Wait} cue every 150–450 tokens, paragraph breaks), closes with {@code </think>} and ends in a short answer
 * with {@code \boxed{}}. Token texts only (these policies read no token logprobs). The gold answer is a number.
 * <ul>
 *   <li>A {@code dynasor} probe at every multiple of 64 inside the thinking: the text a model writes after
 *   Dynasor's {@code \boxed{} prompt ({@code 42}\n\\]}), sometimes followed by a hesitation, sometimes cut off
 *   before any closing brace, sometimes another number. About half the traces settle on an answer at some point
 *   of the thinking; after that most probes give it, certain.</li>
 *   <li>A {@code deer} probe at every {@code Wait} cue, on the prefix before the token holding the cue: its
 *   {@code out} tokens start with {@code {} (DEER's prompt ends in {@code \boxed}) and carry logprobs. About a third
 *   of traces become confident from some cue on; their trials then mostly have a mean token probability above
 *   0.95.</li>
 * </ul>
 * Probes carry no {@code answer} field, so every reader derives answers from the probe text and confidences from
 * the out tokens, as the authors' code does. Synthetic: {@code meta.synthetic} is set. Deterministic per seed.
 *
 * <p>Usage: {@code ProbeCorpus OUT.traces.jsonl [traces=1000] [tokens=8000] [seed=1]}. Not thread-safe.
 */
public final class ProbeCorpus {
    /** Dynasor's probe interval. */
    public static final int INTERVAL = 64;
    private static final String[] WORDS = {" the", " is", " so", " we", " x", " =", " 2", " 3", " 12", " then",
        " equ", "ation", " solve", " for", " both", " sid", "es", " div", "ide", " by", " give", "s", " tot", "al",
        " num", "ber", " of", " each", " step", " check", " Hmm", " let", " me", " again", " case", " first", " term",
        " so", "lve", " veri", "fy", ",", ".", " sum", " 7", " 5", " +", " a", " it", " to", " in", " that", " 4"};
    private static final String[] HESITATIONS = {"\n\nWait, let me", " but I should check", "\n\nHmm, maybe",
        "\n\nHold on", " okay, let me verify", " no, that is"};
    private static final List<String> TAIL = List.of("</think>", "\n\n", "The", " answer", " is", " $\\boxed{",
        "ANSWER", "}$", ".");

    private ProbeCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int traces = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int tokens = args.length > 2 ? Integer.parseInt(args[2]) : 8000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        NativeCorpusWriter.write(out, () -> traces(traces, tokens, seed));
    }

    /** The corpus as a lazy sequence, one trace built at a time. */
    public static Iterator<Trace> traces(int traces, int tokens, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < traces;
            }

            @Override
            public Trace next() {
                if (next >= traces) {
                    throw new NoSuchElementException();
                }
                return trace(next++, tokens, root.split());
            }
        };
    }

    static Trace trace(int index, int tokens, SplittableRandom rnd) {
        String gold = Integer.toString(10 + rnd.nextInt(990));
        TraceBuilder b = new TraceBuilder("bench-" + index)
                .meta(TraceMeta.EMPTY.withModel("synthetic/probe-corpus").withSynthetic(true))
                .question(new Question("Synthetic question " + index, gold, AnswerType.NUMERIC));
        String finalAnswer = rnd.nextDouble() < 0.7 ? gold : wrong(rnd, gold);
        int thinkEnd = tokens - TAIL.size();
        List<Integer> cues = new ArrayList<>();
        b.addToken("<think>", Float.NaN);
        int nextCue = 150 + rnd.nextInt(300);
        int nextParagraph = 40 + rnd.nextInt(160);
        for (int t = 1; t < thinkEnd; t++) {
            String word;
            if (t == nextCue && t < thinkEnd - 2) {
                word = " Wait";
                cues.add(t);
                nextCue += 150 + rnd.nextInt(300);
            } else if (t == nextParagraph) {
                word = "\n\n";
                nextParagraph += 40 + rnd.nextInt(160);
            } else {
                word = WORDS[rnd.nextInt(WORDS.length)];
            }
            b.addToken(word, Float.NaN);
        }
        for (String s : TAIL) {
            b.addToken(s.equals("ANSWER") ? finalAnswer : s, Float.NaN);
        }
        b.thinkRange(0, thinkEnd);
        addDynasorProbes(b, rnd, thinkEnd, finalAnswer);
        addDeerProbes(b, rnd, cues, finalAnswer);
        return b.build();
    }

    /** Probes at 64, 128, … inside the thinking; the answer settles at a random point for half the traces. */
    private static void addDynasorProbes(TraceBuilder b, SplittableRandom rnd, int thinkEnd, String answer) {
        int settle = rnd.nextDouble() < 0.5 ? (int) (thinkEnd * (0.1 + 0.85 * rnd.nextDouble())) : Integer.MAX_VALUE;
        double settledShare = 0.55 + 0.4 * rnd.nextDouble();
        for (int at = INTERVAL; at < thinkEnd; at += INTERVAL) {
            double u = rnd.nextDouble();
            String text;
            if (at >= settle && u < settledShare) {
                text = answer + "}\n\\]";
            } else if (u < 0.35) {
                text = wrong(rnd, answer) + "}\n\\]";
            } else if (u < 0.6) {
                String a = at >= settle ? answer : wrong(rnd, answer);
                text = a + "}" + HESITATIONS[rnd.nextInt(HESITATIONS.length)];
            } else if (u < 0.8) {
                text = "x = " + rnd.nextInt(1000) + " + " + rnd.nextInt(1000) + " - " + rnd.nextInt(1000);
            } else {
                text = "\\frac{" + rnd.nextInt(1000) + "}{" + (1 + rnd.nextInt(999));
            }
            b.probe(new Probe("dynasor", at, null, null, text, List.of(), null, null));
        }
    }

    /** Trials at every cue; a third of the traces turn confident from a random cue on. */
    private static void addDeerProbes(TraceBuilder b, SplittableRandom rnd, List<Integer> cues, String answer) {
        int confidentFrom = rnd.nextDouble() < 0.33 ? rnd.nextInt(14) : Integer.MAX_VALUE;
        for (int i = 0; i < cues.size(); i++) {
            boolean confident = i >= confidentFrom && rnd.nextDouble() < 0.8;
            String a = confident || rnd.nextDouble() < 0.4 ? answer : wrong(rnd, answer);
            List<ProbeToken> out = new ArrayList<>();
            out.add(new ProbeToken("{", logprob(rnd, 0.3)));
            int split = a.length() > 1 && rnd.nextBoolean() ? 1 : a.length();
            out.add(new ProbeToken(a.substring(0, split), logprob(rnd, confident ? 0.04 : 0.5)));
            if (split < a.length()) {
                out.add(new ProbeToken(a.substring(split), logprob(rnd, confident ? 0.04 : 0.5)));
            }
            out.add(new ProbeToken("}", logprob(rnd, confident ? 0.02 : 0.2)));
            b.probe(new Probe("deer", cues.get(i), null, null, null, out, null, null));
        }
    }

    /** A logprob whose probability is uniform in {@code [1 - spread, 1)}. */
    private static float logprob(SplittableRandom rnd, double spread) {
        return (float) Math.log(1 - spread * rnd.nextDouble());
    }

    private static String wrong(SplittableRandom rnd, String answer) {
        String w = Integer.toString(10 + rnd.nextInt(990));
        return w.equals(answer) ? Integer.toString(1000 + rnd.nextInt(9000)) : w;
    }
}
