package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A conversion in a child JVM, stopped at random moments by SIGTERM, SIGINT and SIGKILL: the target is always the
 * old file or the complete new one, and no part file survives the next write of the target.
 */
class InterruptedConvertTest {
    private static final int TRACES = 12_000;

    @TempDir
    Path dir;

    private enum Stop { TERM, INT, KILL }

    private Path generate() throws IOException {
        Path big = dir.resolve("big.traces.jsonl");
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            StringBuilder tokens = new StringBuilder();
            for (int j = 0; j < 200; j++) {
                tokens.append(j == 0 ? "" : ",").append("\" w").append(j % 97).append('"');
            }
            for (int i = 0; i < TRACES; i++) {
                w.write("{\"format\":\"exitscope/1\",\"id\":\"t" + i + "\",\"tokens\":{\"text\":[" + tokens + "]}}\n");
            }
        }
        return big;
    }

    private static boolean canSendInt() {
        try {
            Process p = new ProcessBuilder("env", "--default-signal=INT", "true").start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private Process start(Path in, Path out, boolean resetInt) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (resetInt) {
            // a JVM whose parent ignores SIGINT (a background job) ignores it too; start it with the default action
            cmd.addAll(List.of("env", "--default-signal=INT"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.exitscope.app.Main",
                "convert", "-q", in.toString(), "-o", out.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
                .start();
    }

    private List<String> parts() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).collect(Collectors.toList());
        }
    }

    private void stop(Process p, Stop how) throws Exception {
        switch (how) {
            case TERM -> p.destroy();
            case KILL -> p.destroyForcibly();
            default -> assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
        }
    }

    @Test
    void anInterruptedConversionLeavesTheOldTargetOrTheCompleteNewOneAndNoPartFile() throws Exception {
        Path big = generate();
        Path small = dir.resolve("small.traces.jsonl");
        Files.writeString(small, "{\"format\":\"exitscope/1\",\"id\":\"old\",\"tokens\":{\"text\":[\"a\"]}}\n");
        Path reference = dir.resolve("reference.traces.jsonl");
        Path target = dir.resolve("out.traces.jsonl");
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("convert", "-q", big.toString(), "-o", reference.toString()), cli.err);
        byte[] complete = Files.readAllBytes(reference);
        assertEquals(TRACES, countLines(complete));

        boolean intWorks = canSendInt();
        List<Stop> plan = new ArrayList<>(List.of(Stop.TERM, Stop.KILL, Stop.TERM, Stop.KILL));
        if (intWorks) {
            plan.addAll(1, List.of(Stop.INT, Stop.INT));
        }
        Random random = new Random(20_260_512L);
        int stoppedMidWrite = 0;
        int killedParts = 0;
        for (Stop how : plan) {
            assertEquals(0, cli.run("convert", "-q", small.toString(), "-o", target.toString()), cli.err);
            byte[] old = Files.readAllBytes(target);
            assertEquals(List.of(), parts(), "the write of the old target removes every stale part file");

            Process child = start(big, target, how == Stop.INT);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (parts().isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(600));
            stop(child, how);
            if (!child.waitFor(20, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                fail(how + ": the child did not stop");
            }
            int code = child.exitValue();
            String log = Files.readString(dir.resolve("child.log"));
            assertTrue(code == 0 || code == 128 + signal(how), how + " gave exit " + code + ": " + log);

            byte[] now = Files.readAllBytes(target);
            if (Arrays.equals(now, old)) {
                stoppedMidWrite++;
            } else {
                assertArrayEquals(complete, now, how + ": the target is neither the old file nor the complete one");
            }
            if (how == Stop.KILL) {
                killedParts += parts().size();
            } else {
                assertEquals(List.of(), parts(), how + " must leave no part file");
            }
        }
        assertEquals(0, cli.run("convert", "-q", small.toString(), "-o", target.toString()), cli.err);
        assertEquals(List.of(), parts(), "the next write removes the part files of killed writers");
        assertTrue(stoppedMidWrite >= plan.size() / 2, "only " + stoppedMidWrite + " stops hit a write in progress");
        assertTrue(killedParts > 0, "no kill left a part file, so the stale-file removal went untested");
    }

    private static int signal(Stop how) {
        return switch (how) {
            case TERM -> 15;
            case INT -> 2;
            case KILL -> 9;
        };
    }

    private static int countLines(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }
}
