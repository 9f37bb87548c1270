package dev.exitscope.analysis.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The words for what is wrong with a file as a whole: the file system's exceptions mapped to a short phrase
 * ({@code permission denied}, {@code no such file}), and the check that a named input is a file that can be read
 * to its end rather than a device or pipe. Stateless and thread-safe.
 */
public final class FileProblems {
    private FileProblems() {
    }

    /**
     * What went wrong, in a few words without exception names: {@code permission denied}, {@code no such file},
     * {@code not a folder}, {@code is a folder}, {@code already exists}, else the system's own reason.
     */
    public static String phrase(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason();
            if (reason != null) {
                return reason.equals("Is a directory") ? "is a folder" : lowerFirst(reason);
            }
            return "the file system refused";
        }
        String m = e.getMessage();
        return m == null ? "input/output error" : lowerFirst(m);
    }

    /** {@code FILE: PHRASE} for an exception about one file, naming the file the exception names if any. */
    public static String message(IOException e, String fallbackFile) {
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : fallbackFile;
        return file + ": " + phrase(e);
    }

    /**
     * Requires {@code p} to be a regular file this process may read, without opening it (so a pipe or a device
     * never blocks or streams forever).
     *
     * @param folderAllowed whether the caller also takes a folder here (a missing path is then told as
     *     {@code no such file or folder})
     * @throws TraceInputException {@code FILE: no such file}, {@code FILE: not a regular file} or
     *     {@code FILE: permission denied}
     */
    public static void requireReadableFile(Path p, boolean folderAllowed) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            throw TraceInputException.ofFile(p.toString(), e instanceof NoSuchFileException && folderAllowed
                    ? "no such file or folder" : phrase(e));
        }
        if (!a.isRegularFile()) {
            throw TraceInputException.ofFile(p.toString(), "not a regular file");
        }
        if (!Files.isReadable(p)) {
            throw TraceInputException.ofFile(p.toString(), "permission denied");
        }
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
