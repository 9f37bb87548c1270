package dev.exitscope.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * The workbench's remembered state: the recently opened files and folders and what was open at the last close, in
 * {@code workbench.properties} under {@code ~/.config/exitscope} (or the folder named by {@code EXITSCOPE_CONFIG}).
 * Keys this class does not know are kept. A save writes a temporary file beside the real one and moves it into
 * place, so a crash never leaves a half-written file. A file that cannot be read as settings (a malformed Unicode
 * escape, bytes that are not UTF-8) is moved aside to {@code workbench.properties.bad} with one warning, and the
 * workbench starts with defaults and saves as usual. Thread-safe: every method locks the instance.
 */
final class WorkbenchSettings {
    static final String FILE_NAME = "workbench.properties";
    /** Where a settings file that cannot be read is moved, beside it. */
    static final String BAD_FILE_NAME = FILE_NAME + ".bad";
    static final int MAX_RECENT = 10;
    private static final String RECENT = "recent.";
    private static final String OPEN = "open.";
    private static final String THEME = "theme";
    private static final String LANES = "timeline.lanes";
    private static final String POLICIES_ENABLED = "policies.enabled";
    private static final String POLICY = "policy.";

    private final @Nullable Path file;
    private final Properties props = new Properties();

    private WorkbenchSettings(@Nullable Path file) {
        this.file = file;
    }

    /** Settings kept in memory only, for tests and for windows that should not touch the user's files. */
    static WorkbenchSettings inMemory() {
        return new WorkbenchSettings(null);
    }

    /** The folder settings live in: {@code EXITSCOPE_CONFIG} when set, else {@code ~/.config/exitscope}. */
    static Path defaultDir(Map<String, String> env, String userHome) {
        String override = env.get("EXITSCOPE_CONFIG");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(userHome, ".config", "exitscope");
    }

    /** Reads the settings of a folder, warning through the log when the file had to be moved aside. */
    static WorkbenchSettings load(Path dir) throws IOException {
        return load(dir, LoggerFactory.getLogger(WorkbenchSettings.class)::warn);
    }

    /**
     * Reads the settings of a folder; a missing file gives empty settings, and so does a file that cannot be read as
     * settings, after it is moved to {@value #BAD_FILE_NAME} (replacing an older one) and one line is passed to
     * {@code warning}.
     *
     * @throws IOException when the file cannot be read at all, or cannot be moved aside
     */
    static WorkbenchSettings load(Path dir, Consumer<String> warning) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        WorkbenchSettings s = new WorkbenchSettings(file);
        if (Files.isRegularFile(file)) {
            String problem;
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                s.props.load(r);
                return s;
            } catch (CharacterCodingException e) {
                problem = "not UTF-8 text";
            } catch (IllegalArgumentException e) {
                problem = "a malformed \\uXXXX escape";
            }
            s.props.clear();
            Path aside = dir.resolve(BAD_FILE_NAME);
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            warning.accept(file + ": " + problem + "; moved it to " + aside.getFileName()
                    + " and started with the default settings");
        }
        return s;
    }

    /** Recently opened files and folders, most recent first, at most {@value #MAX_RECENT}. */
    synchronized List<Path> recent() {
        return paths(RECENT);
    }

    /** Puts a file or folder first in the recent list, dropping its older entry and the oldest beyond the limit. */
    synchronized void addRecent(Path path) {
        Path p = path.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(paths(RECENT));
        list.remove(p);
        list.add(0, p);
        setPaths(RECENT, list.subList(0, Math.min(list.size(), MAX_RECENT)));
    }

    /** The files and folders that were open when the workbench last closed, in the order they were opened. */
    synchronized List<Path> openPaths() {
        return paths(OPEN);
    }

    synchronized void setOpenPaths(List<Path> paths) {
        List<Path> list = new ArrayList<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (!list.contains(abs)) {
                list.add(abs);
            }
        }
        setPaths(OPEN, list);
    }

    /** The theme chosen last; light when none was chosen or the stored name is unknown. */
    synchronized WorkbenchTheme theme() {
        return WorkbenchTheme.parse(props.getProperty(THEME, ""));
    }

    synchronized void setTheme(WorkbenchTheme theme) {
        props.setProperty(THEME, theme.key());
    }

    /** The timeline lanes shown last, top to bottom, or null when the user never changed them. */
    synchronized @Nullable List<String> timelineLanes() {
        String raw = props.getProperty(LANES);
        if (raw == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String id : raw.split(",")) {
            if (!id.isBlank() && !out.contains(id.strip())) {
                out.add(id.strip());
            }
        }
        return out;
    }

    synchronized void setTimelineLanes(List<String> lanes) {
        props.setProperty(LANES, String.join(",", lanes));
    }

    /** The policies enabled last, in the order they were enabled, or null when none were ever saved. */
    synchronized @Nullable List<String> enabledPolicies() {
        String raw = props.getProperty(POLICIES_ENABLED);
        if (raw == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String name : raw.split(",")) {
            if (!name.isBlank() && !out.contains(name.strip())) {
                out.add(name.strip());
            }
        }
        return out;
    }

    /** The parameter values set last for policy {@code name} that differ from the defaults. */
    synchronized java.util.Map<String, String> policyValues(String name) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        String prefix = POLICY + name + ".";
        props.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).sorted()
                .forEach(k -> out.put(k.substring(prefix.length()), props.getProperty(k)));
        return out;
    }

    /**
     * Remembers the enabled policies (in order) and, per policy, the values that differ from the defaults; values
     * not given are forgotten.
     */
    synchronized void setPolicies(List<String> enabled, java.util.Map<String, java.util.Map<String, String>> values) {
        props.setProperty(POLICIES_ENABLED, String.join(",", enabled));
        props.stringPropertyNames().stream().filter(k -> k.startsWith(POLICY)).forEach(props::remove);
        values.forEach((name, vs) -> vs.forEach((k, v) -> props.setProperty(POLICY + name + "." + k, v)));
    }

    /**
     * What the workbench opens at start: the paths given on the command line, else what was open at the last close
     * and still exists, else the sample folder when it exists.
     */
    synchronized List<Path> pathsToOpen(List<Path> arguments, Path samples) {
        if (!arguments.isEmpty()) {
            return List.copyOf(arguments);
        }
        List<Path> reopen = new ArrayList<>();
        for (Path p : paths(OPEN)) {
            if (Files.exists(p)) {
                reopen.add(p);
            }
        }
        if (reopen.isEmpty() && Files.isDirectory(samples)) {
            reopen.add(samples);
        }
        return reopen;
    }

    /** Writes the settings file through a temporary file and an atomic move; in-memory settings do nothing. */
    synchronized void save() throws IOException {
        if (file == null) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, FILE_NAME, ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                props.store(w, "ExitScope workbench");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private List<Path> paths(String prefix) {
        List<Path> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            String v = props.getProperty(prefix + i);
            if (v == null) {
                return out;
            }
            try {
                out.add(Path.of(v));
            } catch (InvalidPathException e) {
                // an entry no longer valid on this system is skipped, not fatal
            }
        }
    }

    private void setPaths(String prefix, List<Path> paths) {
        props.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).forEach(props::remove);
        for (int i = 0; i < paths.size(); i++) {
            props.setProperty(prefix + i, paths.get(i).toString());
        }
    }
}
