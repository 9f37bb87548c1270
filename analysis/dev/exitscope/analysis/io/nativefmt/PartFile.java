package dev.exitscope.analysis.io.nativefmt;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary file a write fills before it is moved over its target: {@code .NAME.PID-N.part} in the target's
 * folder, where NAME is the target's file name, PID the writing process and N a number unique within it.
 *
 * <p>While the file is open a JVM shutdown hook deletes it, so an interrupt (SIGINT) or a termination request
 * (SIGTERM) leaves no partial file; the hook is removed by {@link #commit()} and {@link #discard()}. The hook and
 * the commit exclude each other, so the target is always either the old file or the complete new one.
 *
 * <p>A killed writer (SIGKILL) runs no hook; its file is removed by the next {@link #create} for the same target,
 * which deletes every {@code .NAME.PID-N.part} whose PID is no longer a live process, or is a process started after
 * the file was last written (the PID was reused). Part files of other targets, and of writers still alive, are never
 * touched, so concurrent writers, to different targets or to the same one, do not disturb each other.
 *
 * <p>Thread-safe.
 */
final class PartFile {
    /** How much later than the file's last write a reused PID's process must have started to count as another. */
    private static final Duration CLOCK_SLACK = Duration.ofSeconds(2);
    private static final AtomicLong NEXT = new AtomicLong();

    private final Path target;
    private final Path path;
    private final Thread hook;
    private boolean done;

    private PartFile(Path target, Path path) {
        this.target = target;
        this.path = path;
        this.hook = new Thread(this::abandon, "exitscope-part-cleanup");
    }

    /**
     * Removes the target's stale part files, then creates an empty part file for it, guarded by a shutdown hook.
     *
     * @throws IOException when the file cannot be created, or the JVM is already shutting down
     */
    static PartFile create(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        String name = String.valueOf(abs.getFileName());
        removeStale(dir, name);
        long pid = ProcessHandle.current().pid();
        PartFile part = new PartFile(abs, dir.resolve("." + name + "." + pid + "-" + NEXT.incrementAndGet()
                + ".part"));
        try {
            Runtime.getRuntime().addShutdownHook(part.hook);
        } catch (IllegalStateException e) {
            throw new IOException("not writing " + target + ": shutting down", e);
        }
        try {
            Files.createFile(part.path);
        } catch (IOException | RuntimeException e) {
            part.unhook();
            throw e;
        }
        return part;
    }

    /** Where the data goes until {@link #commit()}. */
    Path path() {
        return path;
    }

    /**
     * Moves the part file over the target, atomically.
     *
     * @throws IOException when the move fails, or when the JVM's shutdown already removed the part file
     */
    void commit() throws IOException {
        synchronized (this) {
            if (done) {
                throw new IOException("not writing " + target + ": interrupted");
            }
            Files.move(path, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done = true;
        }
        unhook();
    }

    /** Deletes the part file, leaving the target as it was; does nothing after {@link #commit()}. */
    void discard() throws IOException {
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
        }
        unhook();
        Files.deleteIfExists(path);
    }

    /** The shutdown hook: deletes the part file unless the write was already committed or discarded. */
    private void abandon() {
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // the JVM is exiting; a file that cannot be deleted now is removed by the next write of the target
            }
        }
    }

    private void unhook() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs, finds the write finished and leaves the file alone
        }
    }

    /** Deletes the part files of target {@code name} in {@code dir} whose writer is gone; best effort. */
    static void removeStale(Path dir, String name) {
        Pattern own = Pattern.compile("\\." + Pattern.quote(name) + "\\.(\\d{1,19})-\\d+\\.part");
        DirectoryStream.Filter<Path> ofTarget = f -> own.matcher(String.valueOf(f.getFileName())).matches();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ofTarget)) {
            for (Path f : files) {
                Matcher m = own.matcher(String.valueOf(f.getFileName()));
                if (m.matches() && !writerAlive(Long.parseLong(m.group(1)), f)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed, or a file that cannot be deleted, is no reason to stop the write
        }
    }

    /** Whether process {@code pid} is alive and may be the one that wrote {@code part}. */
    private static boolean writerAlive(long pid, Path part) throws IOException {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        Optional<Instant> started = handle.get().info().startInstant();
        if (started.isEmpty()) {
            return true;
        }
        Instant lastWrite = Files.getLastModifiedTime(part).toInstant();
        return !started.get().isAfter(lastWrite.plus(CLOCK_SLACK));
    }
}
