package dev.exitscope.views.timeline;

/**
 * Which tokens a timeline of a given pixel width shows: the first visible token (fractional) and the zoom in
 * pixels per token. Pure arithmetic — hit testing is {@code token = floor(firstToken + x / pxPerToken)} — so zoom,
 * pan and hover are testable without a toolkit. Zoom is clamped between "the whole trace fits" and
 * {@link #MAX_PX_PER_TOKEN}; panning never leaves the trace. Immutable: every change returns a new viewport.
 */
public record TimelineViewport(int tokens, double width, double firstToken, double pxPerToken) {
    /** Closest zoom: a token this many pixels wide. */
    public static final double MAX_PX_PER_TOKEN = 64;

    public TimelineViewport {
        if (tokens < 0 || width < 0) {
            throw new IllegalArgumentException("negative size");
        }
        double fit = fitPx(tokens, width);
        pxPerToken = Math.max(fit, Math.min(MAX_PX_PER_TOKEN, pxPerToken));
        double visible = width / pxPerToken;
        firstToken = Math.max(0, Math.min(Math.max(0, tokens - visible), firstToken));
    }

    /** The whole trace across {@code width} pixels. */
    public static TimelineViewport fit(int tokens, double width) {
        return new TimelineViewport(tokens, width, 0, fitPx(tokens, width));
    }

    private static double fitPx(int tokens, double width) {
        return tokens == 0 || width == 0 ? MAX_PX_PER_TOKEN : Math.min(MAX_PX_PER_TOKEN, width / tokens);
    }

    /** Tokens visible across the width (fractional). */
    public double visibleTokens() {
        return width / pxPerToken;
    }

    /** The token under pixel column {@code x}, or -1 outside the trace. */
    public int tokenAt(double x) {
        if (x < 0 || x >= width) {
            return -1;
        }
        int t = (int) Math.floor(firstToken + x / pxPerToken);
        return t >= 0 && t < tokens ? t : -1;
    }

    /** Left edge of token {@code t} in pixels (may be outside the viewport). */
    public double xOf(double t) {
        return (t - firstToken) * pxPerToken;
    }

    /** Zooms by {@code factor} keeping the token under pixel {@code anchorX} in place. */
    public TimelineViewport zoom(double factor, double anchorX) {
        double anchorToken = firstToken + anchorX / pxPerToken;
        double px = pxPerToken * factor;
        TimelineViewport clamped = new TimelineViewport(tokens, width, 0, px);
        return new TimelineViewport(tokens, width, anchorToken - anchorX / clamped.pxPerToken(),
                clamped.pxPerToken());
    }

    /** Pans by {@code dx} pixels (positive shows later tokens). */
    public TimelineViewport panPixels(double dx) {
        return new TimelineViewport(tokens, width, firstToken + dx / pxPerToken, pxPerToken);
    }

    /** Scrolls so that token {@code t} is visible, centring it when it was not. */
    public TimelineViewport reveal(int t) {
        if (t >= firstToken && t + 1 <= firstToken + visibleTokens()) {
            return this;
        }
        return new TimelineViewport(tokens, width, t + 0.5 - visibleTokens() / 2, pxPerToken);
    }

    /** The same view at a new width (a resize keeps the first token and the zoom where possible). */
    public TimelineViewport withWidth(double w) {
        return new TimelineViewport(tokens, w, firstToken, pxPerToken);
    }
}
