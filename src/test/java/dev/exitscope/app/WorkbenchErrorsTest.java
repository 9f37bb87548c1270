package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exitscope.analysis.io.Importers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A malformed file shows the same one-line message in the window as on the command line. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WorkbenchErrorsTest {
    @TempDir
    static Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private Path broken;

    @Start
    void start(Stage stage) throws Exception {
        Files.writeString(dir.resolve("good.txt"), "The answer is 7.");
        broken = dir.resolve("broken.trace.json");
        Files.writeString(broken, "{\"format\":\"exitscope/1\",\"id\":\"x\",\n \"tokens\":{\"text\":[\"a\",}}");
        new WorkbenchWindow().show(stage, Importers.standard(), List.of(dir), worker);
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void theStatusLineShowsTheFileLineAndColumnOfTheError(FxRobot robot) throws Exception {
        Label status = robot.lookup("#library-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().contains("could not be read"));
        CliRunner cli = new CliRunner();
        cli.run("inspect", broken.toString());
        assertEquals("1 trace; 1 file could not be read: " + cli.err.strip(), status.getText());
    }

    /** The command line run in-process, for the message to compare with. */
    private static final class CliRunner {
        String err;

        void run(String... args) {
            java.io.StringWriter e = new java.io.StringWriter();
            new dev.exitscope.app.cli.ExitScopeCli(paths -> { }, Importers.standard(),
                    new java.io.PrintWriter(new java.io.StringWriter(), true), new java.io.PrintWriter(e, true))
                    .run(args);
            err = e.toString();
        }
    }
}
