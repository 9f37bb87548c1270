package dev.exitscope.app.cli;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether a window can be shown before JavaFX is started: on Linux and other X11/Wayland systems a window needs
 * {@code DISPLAY} or {@code WAYLAND_DISPLAY}; JavaFX's headless platform ({@code -Dglass.platform=Monocle}) needs
 * neither, and neither do macOS and Windows. Stateless.
 */
public final class DisplayCheck {
    /** What to tell the user, naming what is missing and what works without a display. */
    static final String NO_DISPLAY = "no display to open the workbench window on (DISPLAY is not set); run it in a"
            + " desktop session, or render a PNG without a display with 'exitscope snapshot'";

    private DisplayCheck() {
    }

    /**
     * @throws NoDisplayException when the platform needs a display and the environment names none
     */
    public static void require(Map<String, String> env, String osName, @Nullable String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean needsDisplay = !os.contains("mac") && !os.contains("windows");
        boolean headless = glassPlatform != null && glassPlatform.equalsIgnoreCase("monocle");
        if (needsDisplay && !headless && blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            throw new NoDisplayException(NO_DISPLAY);
        }
    }

    /** The exception to report when the toolkit could not open the display the environment names. */
    public static NoDisplayException cannotOpen(Map<String, String> env, Throwable cause) {
        String display = env.getOrDefault("DISPLAY", "");
        return new NoDisplayException("cannot open the display" + (display.isEmpty() ? "" : " " + display) + " ("
                + cause.getMessage() + "); render a PNG without a display with 'exitscope snapshot'");
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
