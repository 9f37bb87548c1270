package dev.exitscope.views.tokentext;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The wrapped lines of the token text, made where it is cheapest: a worker loading a trace calls
 * {@link #prepare} to measure its tokens and wrap them to the width and signal the view showed last, so the FX
 * thread finds the lines ready when the model is set; the view asks {@link #lines} and wraps again itself only
 * when the width or the signal has changed since. Keeps the lines of the two models asked for last (the one shown
 * and the one being prepared). Thread-safe.
 */
public final class TokenLayouts {
    private final TokenFonts fonts;
    private volatile double width = -1;
    private volatile TokenSignal signal = TokenSignal.ENTROPY;
    /** The lines made last for each of the two models asked for last. */
    private final Map<TokenTextModel, Made> made = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TokenTextModel, Made> eldest) {
            return size() > 2;
        }
    };

    private record Made(TokenSignal signal, double width, TokenLines lines) {
    }

    TokenLayouts(TokenFonts fonts) {
        this.fonts = fonts;
    }

    TokenFonts fonts() {
        return fonts;
    }

    /**
     * Measures every token of {@code m} for every signal and wraps it for the view's last width and signal.
     * Worker thread; the model has not been shown yet.
     */
    public void prepare(TokenTextModel m) {
        for (TokenSignal s : TokenSignal.values()) {
            fonts.widths(m, s);
        }
        double w = width;
        if (w > 0) {
            lines(m, signal, w);
        }
    }

    /** The lines last made for {@code m}, or null. */
    synchronized @Nullable TokenLines madeFor(TokenTextModel m) {
        Made x = made.get(m);
        return x == null ? null : x.lines;
    }

    /** Remembers the width and signal the view would wrap a model to now, for the next {@link #prepare}. */
    void expect(double w, TokenSignal s) {
        width = w;
        signal = s;
    }

    /** The model's lines at {@code w} pixels in {@code s}'s fonts; remembers both as the view's current ones. */
    TokenLines lines(TokenTextModel m, TokenSignal s, double w) {
        width = w;
        signal = s;
        synchronized (this) {
            Made x = made.get(m);
            if (x != null && x.signal == s && x.width == w) {
                return x.lines;
            }
        }
        HeatScale scale = m.scale(s);
        TokenLines lines = TokenLines.wrap(m, fonts.widths(m, s), w, fonts.lineHeight(),
                t -> fonts.leadingSpace(m.displayText(t), TokenFonts.style(scale, t)));
        synchronized (this) {
            made.put(m, new Made(s, w, lines));
        }
        return lines;
    }
}
