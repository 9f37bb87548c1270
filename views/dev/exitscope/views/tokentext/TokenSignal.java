package dev.exitscope.views.tokentext;

/** The per-token signal that colours the token text. Immutable. */
public enum TokenSignal {
    ENTROPY("Entropy"),
    SURPRISAL("Surprisal");

    private final String title;

    TokenSignal(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}
