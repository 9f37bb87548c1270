package dev.exitscope.views.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Short names for a set of files: each file's name, lengthened by parent folders only as far as it takes to tell
 * apart files whose names are the same. Stateless; any thread.
 */
final class FileLabels {
    private FileLabels() {
    }

    /** The label of every file of {@code files} (paths as strings), keyed by the file. */
    static Map<String, String> of(Collection<String> files) {
        Map<String, String> out = new HashMap<>();
        List<String> left = new ArrayList<>(files);
        for (int parts = 1; !left.isEmpty(); parts++) {
            Map<String, Integer> uses = new HashMap<>();
            Map<String, String> label = new HashMap<>();
            for (String f : left) {
                String l = tail(f, parts);
                label.put(f, l);
                uses.merge(l, 1, Integer::sum);
            }
            List<String> still = new ArrayList<>();
            for (String f : left) {
                String l = label.get(f);
                if (uses.get(l) == 1 || l.equals(tail(f, parts + 1))) {
                    out.put(f, l);
                } else {
                    still.add(f);
                }
            }
            left = still;
        }
        return out;
    }

    /** The last {@code parts} parts of a path, joined by {@code /}; the whole path when it has fewer. */
    private static String tail(String file, int parts) {
        Path p = Path.of(file);
        int n = p.getNameCount();
        if (n == 0) {
            return file;
        }
        return p.subpath(Math.max(0, n - parts), n).toString().replace('\\', '/');
    }
}
