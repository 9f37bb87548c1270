package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchSettingsTest {
    @TempDir
    Path dir;

    @Test
    void recentAndOpenPathsSurviveASaveAndLoad() throws IOException {
        WorkbenchSettings s = WorkbenchSettings.load(dir);
        s.addRecent(dir.resolve("a.jsonl"));
        s.addRecent(dir.resolve("b.jsonl"));
        s.setOpenPaths(List.of(dir.resolve("b.jsonl"), dir));
        s.save();
        WorkbenchSettings back = WorkbenchSettings.load(dir);
        assertEquals(List.of(dir.resolve("b.jsonl"), dir.resolve("a.jsonl")), back.recent());
        assertEquals(List.of(dir.resolve("b.jsonl"), dir), back.openPaths());
    }

    @Test
    void recentKeepsTheTenLatestWithoutDuplicates() {
        WorkbenchSettings s = WorkbenchSettings.inMemory();
        for (int i = 0; i < 12; i++) {
            s.addRecent(dir.resolve(i + ".txt"));
        }
        s.addRecent(dir.resolve("5.txt"));
        List<Path> recent = s.recent();
        assertEquals(WorkbenchSettings.MAX_RECENT, recent.size());
        assertEquals(dir.resolve("5.txt"), recent.get(0));
        assertEquals(dir.resolve("11.txt"), recent.get(1));
        assertEquals(1, recent.stream().filter(p -> p.endsWith("5.txt")).count());
    }

    @Test
    void keysItDoesNotKnowAreKeptAndNoTemporaryFileIsLeft() throws IOException {
        Files.writeString(dir.resolve(WorkbenchSettings.FILE_NAME), "theme=dark\nrecent.0=/old/file.txt\n");
        WorkbenchSettings s = WorkbenchSettings.load(dir);
        s.addRecent(Path.of("/new/file.txt"));
        s.save();
        String text = Files.readString(dir.resolve(WorkbenchSettings.FILE_NAME));
        assertTrue(text.contains("theme=dark"), text);
        assertEquals(List.of(Path.of("/new/file.txt"), Path.of("/old/file.txt")), WorkbenchSettings.load(dir).recent());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(WorkbenchSettings.FILE_NAME), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void startOpensArgumentsElseWhatWasOpenAndStillExistsElseTheSamples() throws IOException {
        Path samples = Files.createDirectory(dir.resolve("samples"));
        Path kept = Files.writeString(dir.resolve("kept.txt"), "The answer is 1.");
        WorkbenchSettings s = WorkbenchSettings.inMemory();
        assertEquals(List.of(samples), s.pathsToOpen(List.of(), samples));
        s.setOpenPaths(List.of(kept, dir.resolve("gone.txt")));
        assertEquals(List.of(kept), s.pathsToOpen(List.of(), samples));
        assertEquals(List.of(Path.of("x.txt")), s.pathsToOpen(List.of(Path.of("x.txt")), samples));
    }

    @Test
    void configFolderComesFromTheEnvironmentWhenSet() {
        assertEquals(Path.of("/tmp/cfg"),
                WorkbenchSettings.defaultDir(Map.of("EXITSCOPE_CONFIG", "/tmp/cfg"), "/home/u"));
        assertEquals(Path.of("/home/u/.config/exitscope"), WorkbenchSettings.defaultDir(Map.of(), "/home/u"));
    }

    @Test
    void concurrentUpdatesAndSavesLeaveAWholeReadableFile() throws Exception {
        WorkbenchSettings s = WorkbenchSettings.load(dir);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int id = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    s.addRecent(Path.of("/t" + id + "/" + i));
                    try {
                        s.save();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(WorkbenchSettings.MAX_RECENT, WorkbenchSettings.load(dir).recent().size());
    }

    private void aCorruptFileIsMovedAsideAndTheDefaultsAreSavedAgain(byte[] corrupt, String problem)
            throws IOException {
        Path file = dir.resolve(WorkbenchSettings.FILE_NAME);
        Files.write(dir.resolve(WorkbenchSettings.BAD_FILE_NAME), new byte[] {'o', 'l', 'd'});
        Files.write(file, corrupt);
        List<String> warnings = new ArrayList<>();

        WorkbenchSettings s = WorkbenchSettings.load(dir, warnings::add);

        assertEquals(List.of(file + ": " + problem + "; moved it to workbench.properties.bad and started with the"
                + " default settings"), warnings);
        assertArrayEquals(corrupt, Files.readAllBytes(dir.resolve(WorkbenchSettings.BAD_FILE_NAME)));
        assertFalse(Files.exists(file));
        assertEquals(WorkbenchTheme.LIGHT, s.theme());
        assertEquals(List.of(), s.recent());
        s.addRecent(Path.of("/new/file.txt"));
        s.save();
        List<String> again = new ArrayList<>();
        assertEquals(List.of(Path.of("/new/file.txt")), WorkbenchSettings.load(dir, again::add).recent());
        assertEquals(List.of(), again);
    }

    @Test
    void aMalformedUnicodeEscapeMovesTheFileAsideWithOneWarning() throws IOException {
        aCorruptFileIsMovedAsideAndTheDefaultsAreSavedAgain(
                "theme=dark\nrecent.0=/a\\u12G4\n".getBytes(StandardCharsets.ISO_8859_1),
                "a malformed \\uXXXX escape");
    }

    @Test
    void bytesThatAreNotUtf8MoveTheFileAsideWithOneWarning() throws IOException {
        aCorruptFileIsMovedAsideAndTheDefaultsAreSavedAgain(
                "theme=dark\nrecent.0=/caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1), "not UTF-8 text");
    }
}
