package dev.exitscope.app.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@code exitscope} by name, in the order help lists them: the only list of them. Each name is the
 * one in its class's {@code @Command} annotation. {@link ExitScopeCli} adds all of them when a run needs the whole
 * tree (help, an unknown word) and only the named one when the first argument names a command, so a run does not
 * pay for building the options of nine commands it never parses.
 */
final class CommandTable {
    private static final Map<String, Class<?>> BY_NAME = table();

    private CommandTable() {
    }

    /** Every command, by name, in help order. */
    static Map<String, Class<?>> all() {
        return BY_NAME;
    }

    /** The command class named {@code name}, or null when no command has that name. */
    static @Nullable Class<?> find(String name) {
        return BY_NAME.get(name);
    }

    private static Map<String, Class<?>> table() {
        Map<String, Class<?>> t = new LinkedHashMap<>();
        t.put("inspect", InspectCommand.class);
        t.put("convert", ConvertCommand.class);
        t.put("signals", SignalsCommand.class);
        t.put("policies", PoliciesCommand.class);
        t.put("replay", ReplayCommand.class);
        t.put("evaluate", EvaluateCommand.class);
        t.put("calibrate", CalibrateCommand.class);
        t.put("attach", AttachCommand.class);
        t.put("gui", GuiCommand.class);
        t.put("snapshot", SnapshotCommand.class);
        return Collections.unmodifiableMap(t);
    }
}
