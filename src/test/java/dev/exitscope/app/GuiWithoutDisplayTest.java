package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The workbench started in its own JVM without a display, as {@code java -jar exitscope.jar} would be. */
class GuiWithoutDisplayTest {
    private static final String NO_DISPLAY = "no display to open the workbench window on (DISPLAY is not set); run"
            + " it in a desktop session, or render a PNG without a display with 'exitscope snapshot'";

    private static String run(int expectedCode, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the JVM ends without a window");
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(expectedCode, p.exitValue(), log);
        assertFalse(log.contains("\tat "), "no stack trace: " + log);
        return log;
    }


    @Test
    void theGuiCommandEndsInOneLine() throws Exception {
        assertEquals("exitscope gui: " + NO_DISPLAY, run(2, Map.of(), "gui", "sample-traces").strip());
    }

    @Test
    void startingWithNoArgumentsEndsInOneLine() throws Exception {
        assertEquals("exitscope: " + NO_DISPLAY, run(2, Map.of()).strip());
    }

    @Test
    void aDisplayThatCannotBeOpenedEndsInOneLineOfOurs() throws Exception {
        // DISPLAY names a server that does not exist: JavaFX starts, logs its own start-up warning, then fails
        String log = run(2, Map.of("DISPLAY", ":97"), "gui");
        String[] lines = log.strip().split("\n");
        assertTrue(lines[lines.length - 1].startsWith("exitscope gui: cannot open the display :97 ("), log);
    }
}
