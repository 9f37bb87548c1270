package dev.exitscope.analysis.io.nativefmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartFileTest {
    private static final long OWN = ProcessHandle.current().pid();

    @TempDir
    Path dir;

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        assertEquals(0, p.waitFor());
        assertFalse(ProcessHandle.of(p.pid()).map(ProcessHandle::isAlive).orElse(false));
        return p.pid();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private Path touch(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "partial");
    }

    @Test
    void aPartFileOfADeadWriterIsRemovedByTheNextWriteOfTheSameTargetOnly() throws Exception {
        long dead = deadPid();
        touch(".out.traces.jsonl." + dead + "-1.part");
        touch(".out.traces.jsonl." + OWN + "-99999.part");
        touch(".other.traces.jsonl." + dead + "-1.part");
        touch(".out.traces.jsonl.gz." + dead + "-1.part");
        touch(".out.traces.jsonl.4107e36f0f6.part");
        touch("out.traces.jsonl." + dead + "-1.part");

        PartFile part = PartFile.create(dir.resolve("out.traces.jsonl"));

        assertEquals(List.of(".other.traces.jsonl." + dead + "-1.part", ".out.traces.jsonl." + OWN + "-99999.part",
                ".out.traces.jsonl.4107e36f0f6.part", ".out.traces.jsonl.gz." + dead + "-1.part",
                part.path().getFileName().toString(), "out.traces.jsonl." + dead + "-1.part").stream().sorted()
                .collect(Collectors.toList()), names());
        assertTrue(part.path().getFileName().toString().startsWith(".out.traces.jsonl." + OWN + "-"));
        part.discard();
    }

    @Test
    void aPidReusedByAProcessStartedAfterTheLastWriteCountsAsDead() throws Exception {
        Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
        Path old = touch(".out.trace.json." + OWN + "-1.part");
        Files.setLastModifiedTime(old, FileTime.from(started.minusSeconds(3600)));
        Path recent = touch(".out.trace.json." + OWN + "-2.part");

        PartFile.removeStale(dir, "out.trace.json");

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent));
    }

    @Test
    void commitMovesThePartFileOverTheTargetAndDiscardLeavesTheTargetAlone() throws Exception {
        Path target = dir.resolve("a.trace.json");
        Files.writeString(target, "old");
        PartFile kept = PartFile.create(target);
        Files.writeString(kept.path(), "new");
        kept.commit();
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("a.trace.json"), names());
        kept.discard();
        assertEquals("new", Files.readString(target));

        PartFile dropped = PartFile.create(target);
        Files.writeString(dropped.path(), "newer");
        dropped.discard();
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("a.trace.json"), names());
        assertThrows(IOException.class, dropped::commit);
        assertEquals("new", Files.readString(target));
    }

    @Test
    void twoWritersOfOneTargetGetTwoPartFilesAndNeitherRemovesTheOther() throws Exception {
        Path target = dir.resolve("a.traces.jsonl");
        PartFile first = PartFile.create(target);
        PartFile second = PartFile.create(target);
        assertFalse(first.path().equals(second.path()));
        assertTrue(Files.exists(first.path()));
        assertTrue(Files.exists(second.path()));
        first.discard();
        second.discard();
        assertEquals(List.of(), names());
    }
}
