package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A response with 10,000 choices of one token each, in every format that has choices, read by every command
 * that reads traces in a 256 MB heap: what each choice holds before it has read anything must stay small.
 */
class ManyChoicesHeapTest {
    private static final int CHOICES = 10_000;

    @TempDir
    Path dir;

    @Test
    void tenThousandChoicesFitA256MegabyteHeapInEveryCommand() throws Exception {
        List<Path> inputs = List.of(chat(dir.resolve("chat.json")), completions(dir.resolve("completions.json")),
                vllm(dir.resolve("vllm.json")), sse(dir.resolve("stream.txt")));
        List<String> args = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (Path in : inputs) {
            String last = (in.getFileName().toString().startsWith("vllm") ? "r" : "resp") + ":" + (CHOICES - 1);
            Path out = dir.resolve(in.getFileName() + ".traces.jsonl");
            add(args, "inspect", "--json", in.toString());
            expected.add("exit 0, 1 lines out");
            add(args, "convert", "-q", "-o", out.toString(), in.toString());
            expected.add("exit 0, 0 lines out");
            add(args, "signals", "--id", last, in.toString());
            expected.add("exit 0, 2 lines out");
            add(args, "replay", "--json", "--policy", "budget", in.toString());
            expected.add("exit 0, 1 lines out");
        }
        CliSequence.Result r = CliSequence.inChildJvm("256m", CliSequence.class, args);
        assertEquals(0, r.exit(), r.log());
        assertFalse(r.log().contains("OutOfMemoryError") || r.log().contains("\tat "), r.log());
        assertEquals(expected, r.log().lines().toList(), r.log());
        for (Path in : inputs) {
            try (var lines = Files.lines(dir.resolve(in.getFileName() + ".traces.jsonl"))) {
                assertEquals(CHOICES, lines.count(), in.toString());
            }
        }
    }

    private static void add(List<String> args, String... command) {
        if (!args.isEmpty()) {
            args.add(CliSequence.THEN);
        }
        args.addAll(List.of(command));
    }

    private static Path chat(Path p) throws IOException {
        return write(p, "{\"id\":\"resp\",\"object\":\"chat.completion\",\"model\":\"m\",\"choices\":[", i ->
                "{\"index\":" + i + ",\"message\":{\"role\":\"assistant\",\"content\":\"a\"},\"logprobs\":"
                        + "{\"content\":[{\"token\":\"a\",\"logprob\":-0.5,\"bytes\":[97],\"top_logprobs\":[]}]},"
                        + "\"finish_reason\":\"stop\"}", "]}");
    }

    private static Path completions(Path p) throws IOException {
        return write(p, "{\"id\":\"resp\",\"object\":\"text_completion\",\"model\":\"m\",\"choices\":[", i ->
                "{\"index\":" + i + ",\"text\":\"a\",\"logprobs\":{\"tokens\":[\"a\"],\"token_logprobs\":[-0.5],"
                        + "\"top_logprobs\":null,\"text_offset\":[0]},\"finish_reason\":\"stop\"}", "]}");
    }

    private static Path vllm(Path p) throws IOException {
        return write(p, "[{\"request_id\":\"r\",\"prompt\":\"q\",\"prompt_token_ids\":[1],\"outputs\":[", i ->
                "{\"index\":" + i + ",\"text\":\"a\",\"token_ids\":[64],\"cumulative_logprob\":-0.5,\"logprobs\":"
                        + "[{\"64\":{\"logprob\":-0.5,\"rank\":1,\"decoded_token\":\"a\"}}],\"finish_reason\":"
                        + "\"stop\"}", "],\"finished\":true}]");
    }

    /** A stream whose chunks each open a new choice index. */
    private static Path sse(Path p) throws IOException {
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            for (int i = 0; i < CHOICES; i++) {
                w.write("data: {\"id\":\"resp\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":"
                        + "[{\"index\":" + i + ",\"delta\":{\"content\":\"a\"},\"logprobs\":{\"content\":"
                        + "[{\"token\":\"a\",\"logprob\":-0.5,\"top_logprobs\":[]}]},\"finish_reason\":null}]}\n\n");
            }
            w.write("data: [DONE]\n\n");
        }
        return p;
    }

    private static Path write(Path p, String head, java.util.function.IntFunction<String> choice, String tail)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            w.write(head);
            for (int i = 0; i < CHOICES; i++) {
                w.write((i == 0 ? "" : ",") + choice.apply(i));
            }
            w.write(tail);
        }
        return p;
    }
}
