package dev.exitscope.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;

/** JavaFX for the pulse benchmarks: Monocle's headless screen, software rendering, and calls onto the FX thread. */
public final class HeadlessFx {
    private HeadlessFx() {
    }

    /** Starts JavaFX headless (it keeps running when its last window closes) and returns a new stage. */
    public static Stage start() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Platform.setImplicitExit(false);
        CompletableFuture<Stage> stageReady = new CompletableFuture<>();
        Platform.startup(() -> stageReady.complete(new Stage()));
        return stageReady.get();
    }

    /** Runs {@code c} on the FX thread and waits for its result. */
    public static <T> T onFx(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get();
    }
}
