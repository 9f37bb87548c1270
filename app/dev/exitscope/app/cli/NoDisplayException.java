package dev.exitscope.app.cli;

/**
 * Thrown by a {@link GuiLauncher} when the workbench window cannot be shown because there is no display; the CLI
 * reports its message in one line and exits with {@link ExitScopeCli#BAD_INPUT}. Immutable.
 */
public final class NoDisplayException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoDisplayException(String message) {
        super(message);
    }
}
