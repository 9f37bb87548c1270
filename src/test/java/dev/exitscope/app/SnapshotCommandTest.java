package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exitscope snapshot} in its own JVM with no display, as a user would run it. */
@Tag("ui")
class SnapshotCommandTest {
    @TempDir
    Path dir;

    private static Process run(String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        return pb.start();
    }

    @Test
    void writesAPngOfTheRequestedSizeWithTheEntropyLaneDrawn() throws Exception {
        Path out = dir.resolve("shot.png");
        Process p = run("snapshot", "--trace", "sample-traces/formats/openai-chat.json", "--size", "1200x700",
                "--lanes", "entropy,harm", "-o", out.toString());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(1200, img.getWidth());
        assertEquals(700, img.getHeight());
        int orange = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                if (rgb == 0xE69F00) {
                    orange++;
                }
            }
        }
        assertTrue(orange > 500, "the top-k entropy of the trace is drawn in the approximate colour: " + orange);
    }

    @Test
    void anUnknownLaneIsAUsageError() throws Exception {
        Process p = run("snapshot", "--trace", "sample-traces/formats/openai-chat.json", "--lanes", "nope",
                "-o", dir.resolve("x.png").toString());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), log);
        assertTrue(log.contains("unknown lane 'nope'"), log);
    }

    @Test
    void theDarkThemeWithAFindHighlightsTheMatchesOnADarkWindow() throws Exception {
        Path out = dir.resolve("dark.png");
        Process p = run("snapshot", "--trace", "sample-traces/formats/openai-chat.json", "--size", "1200x700",
                "--theme", "dark", "--find", "the", "-o", out.toString());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);
        BufferedImage img = ImageIO.read(out.toFile());
        int dark = 0;
        int matchTicks = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                if (rgb == 0x0D1117) {
                    dark++;
                }
                if (rgb == 0xFF9A52) {
                    matchTicks++;
                }
            }
        }
        assertTrue(dark > 20_000, "the timeline background is the dark one: " + dark);
        assertTrue(matchTicks > 0, "the current match is marked in the dark match colour, right of the library");
    }

    @Test
    void theInspectorOptionSelectsItsTokenAndATokenPastTheEndIsOneLine() throws Exception {
        Path out = dir.resolve("inspector.png");
        Process p = run("snapshot", "--trace", "sample-traces/formats/openai-chat.json", "--size", "1024x768",
                "--inspector", "7", "-o", out.toString());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);
        assertEquals(1024, ImageIO.read(out.toFile()).getWidth());

        Process past = run("snapshot", "--trace", "sample-traces/formats/openai-chat.json", "--inspector", "91",
                "-o", dir.resolve("past.png").toString());
        assertTrue(past.waitFor(120, TimeUnit.SECONDS));
        String pastLog = new String(past.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, past.exitValue(), pastLog);
        assertTrue(pastLog.contains("--inspector 91 is past the end of chatcmpl-3f9c2a7e51d84b0c (91 tokens)"),
                pastLog);

        Process two = run("snapshot", "--trace", "sample-traces/formats/openai-chat.json", "--inspector", "3",
                "--select", "4", "-o", dir.resolve("two.png").toString());
        assertTrue(two.waitFor(60, TimeUnit.SECONDS));
        String twoLog = new String(two.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, two.exitValue(), twoLog);
        assertEquals("exitscope snapshot: --inspector 3 and --select 4: expected one token, the inspector shows the"
                + " selected one", twoLog.strip());
    }

    @Test
    void anUnknownThemeIsAUsageError() throws Exception {
        Process p = run("snapshot", "--trace", "sample-traces/formats/openai-chat.json", "--theme", "sepia",
                "-o", dir.resolve("x.png").toString());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), log);
        assertTrue(log.contains("--theme sepia: expected light or dark"), log);
    }

    @Test
    void anOutputFolderThatDoesNotExistIsOneLineBeforeAnythingIsRendered() throws Exception {
        Path out = dir.resolve("missing").resolve("shot.png");
        Process p = run("snapshot", "--trace", "sample-traces/formats/openai-chat.json", "-o", out.toString());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), log);
        assertEquals("exitscope snapshot: -o " + out + ": the folder " + out.getParent()
                + " does not exist (snapshot does not create folders)", log.strip());
        assertFalse(Files.exists(out.getParent()));
    }
}
