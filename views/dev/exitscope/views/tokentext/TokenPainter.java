package dev.exitscope.views.tokentext;

import dev.exitscope.analysis.search.TextMatches;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws the visible lines of the token text onto a canvas the size of the viewport: for each paragraph on
 * screen the step rule and gutter label, then per line the heat backgrounds (one rectangle per run of tokens in
 * the same bucket), find marks, cue bars, the text (one call per run of equally styled tokens), candidate
 * underlines and the cursor outline. The cost depends on the lines on screen, never on the trace's length.
 * FX thread only.
 */
final class TokenPainter {
    /** Width of the gutter holding the step labels. */
    static final double GUTTER = 72;
    /** The bar over a cue token: just above its text, well clear of the line above. */
    private static final double CUE_BAR_TOP = TokenFonts.CUE_ROOM - 1.5;
    private static final double CUE_BAR = 2;

    private final TokenTextModel model;
    private final TokenLines lines;
    private final TokenFonts fonts;
    private final TokenPalette palette;
    private final HeatScale scale;

    TokenPainter(TokenTextModel model, TokenLines lines, TokenFonts fonts, TokenPalette palette, TokenSignal signal) {
        this.model = model;
        this.lines = lines;
        this.fonts = fonts;
        this.palette = palette;
        this.scale = model.scale(signal);
    }

    /** Where the text column starts, in canvas pixels. */
    static double textLeft() {
        return GUTTER;
    }

    /**
     * Paints the part of the text from {@code top} (pixels from the start of the text) down over a
     * {@code width}×{@code height} canvas, outlining token {@code selected} and the tokens of {@code matches};
     * tokens from {@code fadeFrom} are faded (text after a policy's exit) and tokens from {@code hideFrom} are not
     * drawn (text not played yet); -1 for neither.
     */
    TokenFrame paint(GraphicsContext g, double top, double width, double height, int selected, TextMatches matches,
                     int current, int fadeFrom, int hideFrom) {
        TokenFrame frame = new TokenFrame();
        TokenPalette.Ink ink = palette.ink();
        g.setFill(ink.paper());
        g.fillRect(0, 0, width, height);
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
        int currentFirst = current >= 0 && current < matches.count() ? matches.firstToken(current) : -1;
        int currentEnd = currentFirst >= 0 ? matches.endToken(current) : -1;
        for (int p = lines.paragraphAt(top); p < lines.paragraphCount(); p++) {
            double py = lines.paragraphTop(p) - top;
            if (py >= height || hideFrom >= 0 && model.paragraphStart(p) >= hideFrom) {
                break;
            }
            paragraphHead(g, p, py, width);
            for (int l = lines.firstLine(p); l < lines.firstLine(p + 1); l++) {
                double ly = lines.lineTop(l) - top;
                if (ly >= height) {
                    break;
                }
                if (ly + lines.lineHeight() <= 0) {
                    continue;
                }
                int from = lines.lineStart(l);
                int to = lines.lineEnd(l);
                backgrounds(g, frame, from, to, ly);
                boolean anyHit = matches.anyIn(from, to);
                for (int t = from; t < to; t++) {
                    if (anyHit && matches.matchAt(t) >= 0) {
                        boolean strong = t >= currentFirst && t < currentEnd;
                        outline(g, frame, t, ly, strong ? TokenMark.FIND_CURRENT : TokenMark.FIND_MATCH,
                                strong ? palette.currentFill() : palette.findFill(),
                                strong ? palette.currentStroke() : palette.findStroke(), strong ? 2 : 1);
                    }
                }
                text(g, frame, from, to, ly);
                for (int t = from; t < to; t++) {
                    if (model.cue(t)) {
                        double x = textLeft() + lines.x(t);
                        g.setFill(palette.cue());
                        g.fillRect(x, ly + CUE_BAR_TOP, lines.width(t), CUE_BAR);
                        frame.mark(TokenMark.CUE, x, ly + CUE_BAR_TOP, lines.width(t), CUE_BAR, -1);
                    }
                }
                if (selected >= from && selected < to) {
                    outline(g, frame, selected, ly, TokenMark.CURSOR, Color.TRANSPARENT, palette.cursor(), 1.5);
                }
                cover(g, from, to, fadeFrom, ly, ink.paper().deriveColor(0, 1, 1, 0.7), lineEnd(to));
                cover(g, from, to, hideFrom, ly, ink.paper(), width);
            }
        }
        return frame;
    }

    /**
     * Paints {@code paper} over the tokens of the line {@code from … to-1} from token {@code cut} on, up to
     * {@code right}.
     */
    private void cover(GraphicsContext g, int from, int to, int cut, double ly, Color paper, double right) {
        if (cut < 0 || cut >= to) {
            return;
        }
        double x0 = textLeft() + lines.x(Math.max(from, cut));
        g.setFill(paper);
        g.fillRect(Math.floor(x0), Math.floor(ly), Math.ceil(right - x0) + 1, Math.ceil(lines.lineHeight()) + 1);
    }

    private double lineEnd(int to) {
        return textLeft() + lines.x(to - 1) + lines.width(to - 1);
    }

    private void paragraphHead(GraphicsContext g, int p, double py, double width) {
        String type = model.stepTypeStartingAt(p);
        if (type == null) {
            return;
        }
        TokenPalette.Ink ink = palette.ink();
        if (model.paragraphStart(p) > 0) {
            g.setStroke(ink.rule());
            g.setLineWidth(1);
            g.strokeLine(0, Math.floor(py) + 0.5, width, Math.floor(py) + 0.5);
        }
        g.setFill(ink.muted());
        g.setFont(fonts.gutterFont());
        g.fillText(type, 6, py + TokenLines.PARAGRAPH_PAD + fonts.baseline(), GUTTER - 10);
    }

    private void backgrounds(GraphicsContext g, TokenFrame frame, int from, int to, double ly) {
        int runFrom = from;
        for (int t = from; t <= to; t++) {
            if (t < to && scale.bucket(t) == scale.bucket(runFrom)) {
                continue;
            }
            int b = scale.bucket(runFrom);
            if (b >= 0) {
                double x0 = textLeft() + lines.x(runFrom);
                double x1 = textLeft() + lines.x(t - 1) + lines.width(t - 1);
                g.setFill(palette.heat().get(b));
                g.fillRect(x0, ly, x1 - x0, lines.lineHeight());
                frame.mark(TokenMark.HEAT, x0, ly, x1 - x0, lines.lineHeight(), b);
            }
            runFrom = t;
        }
    }

    private void outline(GraphicsContext g, TokenFrame frame, int t, double ly, TokenMark kind, Color fill,
                         Color stroke, double lineWidth) {
        double x = textLeft() + lines.x(t);
        double w = lines.width(t);
        double h = lines.lineHeight();
        g.setFill(fill);
        g.fillRect(x, ly, w, h);
        g.setStroke(stroke);
        g.setLineWidth(lineWidth);
        g.strokeRect(x, ly + lineWidth / 2, w, h - lineWidth);
        frame.mark(kind, x, ly, w, h, -1);
    }

    /**
     * Draws the tokens {@code from … to-1} of one line, one call per run of tokens with the same font, colour and
     * underline. A token whose characters shape each other is drawn alone, at its own position.
     */
    private void text(GraphicsContext g, TokenFrame frame, int from, int to, double ly) {
        double baseline = ly + fonts.baseline();
        StringBuilder run = new StringBuilder();
        int runFrom = from;
        int runKey = -1;
        for (int t = from; t <= to; t++) {
            String shown = t < to ? model.displayText(t) : "";
            boolean alone = t < to && TokenFonts.complex(shown);
            int key = t < to ? key(t, shown) : -2;
            if (t > runFrom && (key != runKey || alone || t == to)) {
                draw(g, frame, run.toString(), runFrom, t, baseline, runKey);
                run.setLength(0);
                runFrom = t;
            }
            if (t == to) {
                break;
            }
            run.append(shown);
            runKey = alone ? key | 0x100 : key;
        }
    }

    /** Font (two bits), ink (two bits) and underline (one bit) of token {@code t}. */
    private int key(int t, String shown) {
        int inkCode = shown.equals("\u21b5") ? 3 : scale.extremeHigh(t) ? 2 : model.thinking(t) ? 1 : 0;
        return TokenFonts.style(scale, t) | inkCode << 2 | (model.candidate(t) ? 16 : 0);
    }

    private void draw(GraphicsContext g, TokenFrame frame, String text, int first, int end, double baseline,
                      int key) {
        int style = key & 3;
        TokenPalette.Ink ink = palette.ink();
        Color fill = switch ((key >> 2) & 3) {
            case 1 -> ink.think();
            case 2 -> ink.strong();
            case 3 -> ink.lineBreak();
            default -> ink.answer();
        };
        double x = textLeft() + lines.x(first);
        g.setFont(fonts.font(style));
        g.setFill(fill);
        g.fillText(text, x, baseline);
        if ((key & 16) != 0) {
            double right = textLeft() + lines.x(end - 1) + lines.width(end - 1);
            g.setStroke(fill);
            g.setLineWidth(1);
            g.strokeLine(x, Math.floor(baseline) + 2.5, right, Math.floor(baseline) + 2.5);
        }
        frame.run(new TokenFrame.Run(text, first, end, x, baseline, style));
    }
}
