package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.app.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs shaped to exhaust a small heap, read in a child JVM with that heap: the token limit while text is split,
 * the line bound that follows the heap, and the one line for a heap that runs out all the same.
 */
class HeapBoundsTest {
    private static final Pattern HEAP_BOUND = Pattern.compile(
            "line 1 is longer than (\\d+) MiB, the bound for a ([\\d.]+) MiB heap; raise it with --max-line-bytes N"
                    + " or a larger -Xmx");

    @TempDir
    Path dir;

    @Test
    void theTokenLimitStopsTextSplittingIn512Megabytes() throws Exception {
        Path text = dir.resolve("dense.txt");
        writeRepeated(text, "a,".getBytes(), 10_000_000, new byte[0], new byte[0]);
        Path jsonl = dir.resolve("records.jsonl");
        writeRepeated(jsonl, "a,".getBytes(), 10_000_000, "{\"question\":\"q\",\"output\":\"".getBytes(),
                "\"}\n".getBytes());
        List<String> args = new ArrayList<>(List.of("inspect", "--max-tokens", "1000000", text.toString()));
        args.addAll(List.of(CliSequence.THEN, "inspect", text.toString()));
        args.addAll(List.of(CliSequence.THEN, "inspect", "--max-tokens", "1000000", jsonl.toString()));
        CliSequence.Result r = CliSequence.inChildJvm("512m", CliSequence.class, args);
        assertEquals(List.of(
                "exit 2, 0 lines out",
                text + ": trace has more than 1000000 tokens (raise the limit with --max-tokens)",
                "exit 2, 0 lines out",
                text + ": trace has more than 4000000 tokens (raise the limit with --max-tokens)",
                "exit 2, 0 lines out",
                jsonl + ": record 1: trace has more than 1000000 tokens (raise the limit with --max-tokens)"),
                r.log().lines().toList(), r.log());
    }

    @Test
    void a200MegabyteLineEndsAtTheHeapsBoundInEveryLineReader() throws Exception {
        Path big = dir.resolve("one-line.traces.jsonl");
        writeRepeated(big, "aaaaaaaa".getBytes(), 25 * 1024 * 1024, "{\"format\":\"exitscope-trace\",\"id\":\""
                .getBytes(), "\"}\n".getBytes());
        List<String> args = new ArrayList<>();
        for (String format : List.of("native", "jsonl", "openai-sse", "text")) {
            if (!args.isEmpty()) {
                args.add(CliSequence.THEN);
            }
            args.addAll(List.of("inspect", "--format", format, big.toString()));
        }
        CliSequence.Result r = CliSequence.inChildJvm("256m", CliSequence.class, args);
        List<String> lines = r.log().lines().toList();
        assertEquals(8, lines.size(), r.log());
        for (int i = 0; i < 8; i += 2) {
            assertEquals("exit 2, 0 lines out", lines.get(i), r.log());
            String msg = lines.get(i + 1);
            assertTrue(msg.startsWith(big + ":1:"), msg);
            Matcher m = HEAP_BOUND.matcher(msg.replace(" (record 1)", "").replace("the text is", "line 1 is"));
            assertTrue(m.find(), msg);
            double heapMiB = Double.parseDouble(m.group(2));
            assertTrue(heapMiB > 200 && heapMiB <= 256, msg);
            assertEquals((long) (heapMiB / 4), Long.parseLong(m.group(1)), msg);
        }
        assertTrue(lines.get(1).contains("line 1 (record 1) is longer than"), lines.get(1));
    }

    @Test
    void runningOutOfMemoryAllTheSameEndsInOneLine() throws Exception {
        Path big = dir.resolve("big.txt");
        writeRepeated(big, "word".getBytes(), 50 * 1024 * 1024, new byte[0], "\n".getBytes());
        CliSequence.Result r = CliSequence.inChildJvm("256m", Main.class,
                List.of("inspect", "--max-line-bytes", "300000000", big.toString()));
        assertEquals(1, r.exit(), r.log());
        assertFalse(r.log().contains("\tat ") || r.log().contains("Exception in thread"), r.log());
        List<String> lines = r.log().lines().toList();
        assertEquals(1, lines.size(), r.log());
        assertTrue(lines.get(0).matches("exitscope inspect: ran out of memory \\(last input read: "
                + Pattern.quote(big.toString()) + "\\) with a \\d+ MiB heap; try a larger one, e\\.g\\. -Xmx512m"
                + " \\(EXITSCOPE_JAVA_OPTS for target/exitscope\\)"), lines.get(0));
    }

    /** Writes {@code head}, {@code times} copies of {@code unit}, then {@code tail}. */
    private static void writeRepeated(Path p, byte[] unit, int times, byte[] head, byte[] tail) throws IOException {
        byte[] block = new byte[unit.length * 65536];
        for (int i = 0; i < 65536; i++) {
            System.arraycopy(unit, 0, block, i * unit.length, unit.length);
        }
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write(head);
            int left = times;
            while (left > 0) {
                int n = Math.min(left, 65536);
                out.write(n == 65536 ? block : Arrays.copyOf(block, n * unit.length));
                left -= n;
            }
            out.write(tail);
        }
    }
}
