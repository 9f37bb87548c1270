package dev.exitscope.app;

import javafx.application.Platform;

/** Starts JavaFX on the headless Monocle platform with software rendering, once per process. */
final class HeadlessPlatform {
    private static boolean started;

    private HeadlessPlatform() {
    }

    /** Starts the toolkit; returns true when this call started it (so the caller may shut it down). */
    static synchronized boolean start() {
        if (started) {
            return false;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        Platform.setImplicitExit(false);
        started = true;
        try {
            Platform.startup(() -> { });
            return true;
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
    }
}
