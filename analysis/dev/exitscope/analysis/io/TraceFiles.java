package dev.exitscope.analysis.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the paths a user names into trace files: a file stands for itself; a folder stands for every trace file
 * below it (extensions {@code .json .jsonl .ndjson .sse .txt}, each also with {@code .gz}), in path order,
 * leaving out README, NOTICE and LICENSE files. A named path that is neither a folder nor a readable regular file
 * (a pipe, a device, a file without read permission) is an error before anything is opened.
 */
public final class TraceFiles {
    private static final String[] EXTENSIONS = {".json", ".jsonl", ".ndjson", ".sse", ".txt"};

    private TraceFiles() {
    }

    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(TraceFiles::isTraceFile).sorted().forEach(out::add);
                }
            } else {
                FileProblems.requireReadableFile(p, true);
                out.add(p);
            }
        }
        return out;
    }

    /** Whether a file found in a folder is taken as a trace file. */
    public static boolean isTraceFile(Path p) {
        Path fn = p.getFileName();
        if (fn == null) {
            return false;
        }
        String name = fn.toString().toLowerCase(Locale.ROOT);
        if (name.startsWith("readme") || name.startsWith("notice") || name.startsWith("license")
                || name.startsWith(".")) {
            return false;
        }
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        for (String e : EXTENSIONS) {
            if (name.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
