package dev.exitscope.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic OpenAI {@code chat.completion} with per-token {@code logprobs.content[]}, {@code bytes} arrays
 * and {@code top_logprobs}, shaped like a vLLM reasoning response: reasoning tokens (in {@code reasoning_content})
 * then answer tokens. Token texts come from a fixed vocabulary of reasoning words; log-probabilities are drawn from
 * a seeded Dirichlet-like spread so entropies vary. Synthetic: {@code model} says so. Deterministic per seed.
 *
 * <p>Usage: {@code SyntheticOpenAiChat OUT.json [tokens=32000] [topK=20] [seed=1]}.
 */
public final class SyntheticOpenAiChat {
    private static final String[] WORDS = {" the", " answer", " is", " Wait", ",", " let", " me", " check", " again",
        ".", " so", " we", " have", " x", " =", " 2", " 3", " 4", " 12", "\n\n", " Hmm", " but", " if", " then",
        " equation", " solve", " for", " both", " sides", " divide", " multiply", " by", " gives", " total",
        " number", " of", " apples", " each", " step", " verify", " result", " correct", " Alternatively", " consider",
        " case", " first", " second", " term", " summation", " product", " straightforward", " consequently",
        " multiplication", " verification", " intermediate", " simplification", " denominator", " numerator",
        " substitute", " expression", " calculation", " probability", " arithmetic", " therefore",
        " é", " ≈", " √", " π", " 的", " answer", "}",
        "{", "\\", "boxed", " frac", " sqrt", " Okay", " I", " think", " that", " this", " works", " out"};

    private SyntheticOpenAiChat() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int tokens = args.length > 1 ? Integer.parseInt(args[1]) : 32_000;
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        write(out, tokens, k, seed);
    }

    /** Writes the file and returns its size in bytes. */
    public static long write(Path out, int tokens, int k, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        int reasoning = tokens * 9 / 10;
        StringBuilder reasoningText = new StringBuilder();
        StringBuilder contentText = new StringBuilder();
        int[] picks = new int[tokens];
        for (int i = 0; i < tokens; i++) {
            picks[i] = rnd.nextInt(WORDS.length);
            (i < reasoning ? reasoningText : contentText).append(WORDS[picks[i]]);
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("{\"id\":\"chatcmpl-synthetic-" + seed
                    + "\",\"object\":\"chat.completion\",\"created\":1700000000,");
            w.write("\"model\":\"synthetic/bench-generator\","
                    + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",");
            w.write("\"reasoning_content\":" + quote(reasoningText.toString()) + ",");
            w.write("\"content\":" + quote(contentText.toString()) + "},\"logprobs\":{\"content\":[");
            float[] lp = new float[k];
            for (int i = 0; i < tokens; i++) {
                if (i > 0) {
                    w.write(',');
                }
                spread(rnd, lp);
                String tok = WORDS[picks[i]];
                w.write("{\"token\":" + quote(tok) + ",\"logprob\":" + fmt(lp[0]) + ",\"bytes\":" + bytes(tok)
                        + ",\"top_logprobs\":[");
                for (int j = 0; j < k; j++) {
                    if (j > 0) {
                        w.write(',');
                    }
                    String alt = j == 0 ? tok : WORDS[(picks[i] + j * 7) % WORDS.length];
                    w.write("{\"token\":" + quote(alt) + ",\"logprob\":" + fmt(lp[j]) + ",\"bytes\":" + bytes(alt)
                            + "}");
                }
                w.write("]}");
            }
            w.write("],\"refusal\":null},\"finish_reason\":\"stop\"}],");
            w.write("\"usage\":{\"prompt_tokens\":50,\"completion_tokens\":" + tokens + "}}\n");
        }
        return Files.size(out);
    }

    /** Fills {@code lp} with descending log-probabilities whose probabilities sum to at most 1. */
    private static void spread(SplittableRandom rnd, float[] lp) {
        SyntheticTopK.fill(lp, 0.3 + 0.69 * rnd.nextDouble());
    }

    private static String fmt(float v) {
        return String.format(Locale.ROOT, "%.8f", v);
    }

    private static String bytes(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < b.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(b[i] & 0xFF);
        }
        return sb.append(']').toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
