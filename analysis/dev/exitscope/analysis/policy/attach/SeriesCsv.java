package dev.exitscope.analysis.policy.attach;

import dev.exitscope.analysis.io.TraceInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a per-token series from CSV: a header {@code id,token,value}, then one row per value. Ids may be quoted
 * with {@code "} (a doubled {@code ""} inside is one quote); a UTF-8 byte-order mark before the header (as
 * spreadsheet programs write it) is dropped. Stateless.
 */
final class SeriesCsv {
    private SeriesCsv() {
    }

    /** The series of each id, in order of first appearance. */
    static Map<String, SeriesPatch> read(String name, Path file) throws IOException {
        String f = file.toString();
        Map<String, Rows> byId = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            int lineNo = 1;
            if (line == null || !line.strip().replace(" ", "").toLowerCase(Locale.ROOT).equals("id,token,value")) {
                throw TraceInputException.ofFile(f + ":1", "expected the header id,token,value");
            }
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                String where = f + ":" + lineNo;
                if (cells.size() != 3) {
                    throw TraceInputException.ofFile(where, "expected 3 fields id,token,value, found " + cells.size());
                }
                String id = cells.get(0);
                int token;
                try {
                    token = Integer.parseInt(cells.get(1).strip());
                } catch (NumberFormatException e) {
                    token = -1;
                }
                if (token < 0) {
                    throw TraceInputException.ofFile(where, "expected a token index >= 0, found '" + cells.get(1)
                            + "'");
                }
                float value = value(cells.get(2).strip(), where);
                if (!seen.add(id + '\u0000' + token)) {
                    throw TraceInputException.ofFile(where, "token " + token + " of trace " + id + " is given twice");
                }
                byId.computeIfAbsent(id, k -> new Rows()).add(token, value, lineNo);
            }
        }
        Map<String, SeriesPatch> out = new LinkedHashMap<>();
        byId.forEach((id, rows) -> out.put(id, rows.patch(id, name, f)));
        return out;
    }

    private static float value(String s, String where) {
        if (s.isEmpty() || s.equalsIgnoreCase("nan") || s.equalsIgnoreCase("null")) {
            return Float.NaN;
        }
        try {
            return Float.parseFloat(s);
        } catch (NumberFormatException e) {
            throw TraceInputException.ofFile(where, "expected a number, found '" + s + "'");
        }
    }

    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** Growing columns of one id's rows. */
    private static final class Rows {
        private int[] tokens = new int[16];
        private float[] values = new float[16];
        private int[] lines = new int[16];
        private int size;

        void add(int token, float value, int line) {
            if (size == tokens.length) {
                tokens = java.util.Arrays.copyOf(tokens, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
                lines = java.util.Arrays.copyOf(lines, size * 2);
            }
            tokens[size] = token;
            values[size] = value;
            lines[size] = line;
            size++;
        }

        SeriesPatch patch(String id, String name, String file) {
            return SeriesPatch.sparse(id, name, java.util.Arrays.copyOf(tokens, size),
                    java.util.Arrays.copyOf(values, size), java.util.Arrays.copyOf(lines, size), file);
        }
    }
}
