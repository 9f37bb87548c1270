package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.exitscope.analysis.io.FileProblems;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Inputs that cannot be read and outputs that cannot be written are told in one line naming the user's file:
 * permission denied, not a regular file (a device or a pipe, refused before it is opened, so nothing hangs), and
 * a failed write named by its target rather than the part file it was written through.
 */
class ClearWordsFilesTest {
    private static final Path CHAT = Path.of("sample-traces/formats/openai-chat.json");
    private static final Duration NO_HANG = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void anInputWithoutReadPermissionSaysPermissionDenied() throws IOException {
        assumeTrue(File.separatorChar == '/', "POSIX permissions");
        Path f = dir.resolve("chat.json");
        Files.copy(CHAT, f);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(f), "this user reads files without read permission (root)");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("inspect", f.toString()), cli.out + cli.err);
        assertEquals(f + ": permission denied", cli.err.strip());
    }

    @Test
    void aDeniedAccessMetWhileReadingIsToldAsPermissionDenied() {
        StringWriter err = new StringWriter();
        ErrorHandler handler = new ErrorHandler(new PrintWriter(err, true));
        CommandLine cmd = new CommandLine(CommandLine.Model.CommandSpec.create().name("inspect"));
        assertEquals(2, handler.handleExecutionException(new AccessDeniedException("in/chat.json"), cmd, null));
        assertEquals("in/chat.json: permission denied", err.toString().strip());
    }

    @Test
    void fileSystemExceptionsAreToldInWordsWithoutTheirClassNames() {
        assertEquals("permission denied", FileProblems.phrase(new AccessDeniedException("a")));
        assertEquals("no such file", FileProblems.phrase(new NoSuchFileException("a")));
        assertEquals("is a folder", FileProblems.phrase(new FileSystemException("a", null, "Is a directory")));
        assertEquals("no space left on device",
                FileProblems.phrase(new FileSystemException("a", null, "No space left on device")));
        assertEquals("b: permission denied", FileProblems.message(new AccessDeniedException("b"), "c"));
        assertEquals("c: input/output error", FileProblems.message(new IOException(), "c"));
    }

    @Test
    void aDeviceIsNotARegularFileAndIsNotRead() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "/dev/zero");
        CliRunner cli = new CliRunner();
        assertEquals(2, assertTimeoutPreemptively(NO_HANG, () -> cli.run("inspect", zero.toString())));
        assertEquals("/dev/zero: not a regular file", cli.err.strip());
    }

    @Test
    void aNamedPipeIsNotARegularFileAndDoesNotHang() throws Exception {
        Path fifo = dir.resolve("trace.json");
        int made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (IOException e) {
            made = -1;
        }
        assumeTrue(made == 0 && Files.exists(fifo), "mkfifo");
        CliRunner cli = new CliRunner();
        assertEquals(2, assertTimeoutPreemptively(NO_HANG, () -> cli.run("inspect", fifo.toString())));
        assertEquals(fifo + ": not a regular file", cli.err.strip());
        assertEquals(2, assertTimeoutPreemptively(NO_HANG, () -> cli.run("convert", fifo.toString(), "-o",
                dir.resolve("out.traces.jsonl").toString())));
        assertEquals(fifo + ": not a regular file", cli.err.strip());
    }

    @Test
    void aDeviceOrPipeGivenToAttachIsNotARegularFile() throws Exception {
        Path corpus = dir.resolve("in.traces.jsonl");
        Files.writeString(corpus, "{\"format\":\"exitscope/1\",\"id\":\"a\",\"tokens\":{\"text\":[\"x\"]}}\n");
        Path fifo = dir.resolve("probes.jsonl");
        int made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (IOException e) {
            made = -1;
        }
        assumeTrue(made == 0 && Files.exists(Path.of("/dev/zero")), "mkfifo and /dev/zero");
        String out = dir.resolve("out.traces.jsonl").toString();
        CliRunner cli = new CliRunner();
        assertEquals(2, assertTimeoutPreemptively(NO_HANG, () -> cli.run("attach", corpus.toString(), "--series",
                "h=/dev/zero", "-o", out)), cli.err);
        assertEquals("/dev/zero: not a regular file", cli.err.strip());
        for (String option : List.of("--probes", "--steps")) {
            assertEquals(2, assertTimeoutPreemptively(NO_HANG, () -> cli.run("attach", corpus.toString(), option,
                    fifo.toString(), "-o", out)), cli.err);
            assertEquals(fifo + ": not a regular file", cli.err.strip());
        }
        assertEquals(2, cli.run("attach", corpus.toString(), "--series", "h=" + dir.resolve("none.csv"), "-o", out));
        assertEquals(dir.resolve("none.csv") + ": no such file", cli.err.strip());
    }

    @Test
    void aFolderNamedAsInputStillExpandsToItsTraceFiles() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(CHAT, in.resolve("chat.json"));
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("inspect", "--json", in.toString()), cli.err);
        assertEquals(1, cli.out.split("\"tokens\":91", -1).length - 1, cli.out);
    }

    @Test
    void writingOverAFolderNamesTheTarget() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out.traces.jsonl"));
        assertCannotWrite(out, "it is a folder");
    }

    @Test
    void writingBelowAFileNamesTheTargetAndTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes"), "x");
        assertCannotWrite(file.resolve("out.traces.jsonl"), file + " is not a folder");
    }

    @Test
    void writingIntoAMissingFolderNamesTheTargetAndTheFolder() throws IOException {
        Path missing = dir.resolve("missing");
        assertCannotWrite(missing.resolve("out.traces.jsonl"), "the folder " + missing + " does not exist");
    }

    @Test
    void writingIntoAReadOnlyFolderSaysPermissionDenied() throws IOException {
        assumeTrue(File.separatorChar == '/', "POSIX permissions");
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(ro), "this user writes into read-only folders (root)");
            assertCannotWrite(ro.resolve("out.traces.jsonl"), "permission denied");
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private void assertCannotWrite(Path out, String reason) throws IOException {
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("convert", CHAT.toString(), "-o", out.toString()), cli.out + cli.err);
        assertEquals("exitscope convert: cannot write " + out + ": " + reason, cli.err.strip());
        assertFalse(cli.err.contains(".part"), cli.err);
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> parts = all.filter(p -> p.toString().endsWith(".part")).toList();
            assertEquals(List.of(), parts);
        }
    }
}
