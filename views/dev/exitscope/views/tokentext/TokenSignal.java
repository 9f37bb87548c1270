package dev.exitscope.views.tokentext;

/** The per-token signal that colours the token text. Immutable. */
public enum TokenSignal {
    ENTROPY("Entropy"),
    SURPRISAL("Surprisal"),
    /** The confidence (or p) of the latest probe at or before the token. */
    PROBES("Probe confidence");

    private final String title;

    TokenSignal(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}
