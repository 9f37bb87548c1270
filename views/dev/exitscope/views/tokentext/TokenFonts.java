package dev.exitscope.views.tokentext;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The fonts of the token text and how wide each token is in them. Advances are measured once per character and
 * font with a detached {@link Text} node (JavaFX lays out simple text by adding glyph advances, without kerning),
 * so a token's width is the sum of its characters' advances; a token holding characters whose shape depends on
 * their neighbours (combining marks, joiners, surrogate pairs, right-to-left and Indic scripts) is measured whole.
 * The per-token widths of a model are computed once per signal, since the signal decides which tokens are bold
 * or italic. Thread-safe: a worker measures a trace while it loads, so the FX thread only adds up known widths.
 */
public final class TokenFonts {
    /** Regular, bold (the highest tokens of the signal) and italic (the lowest). */
    static final int REGULAR = 0;
    static final int BOLD = 1;
    static final int ITALIC = 2;
    private static final String FAMILY = "Monospaced";
    /** The text's size at zoom 1, in points. */
    static final double SIZE = 12;
    /** Pixels at the top of each line above its text, where the bar over a cue token goes. */
    static final double CUE_ROOM = 6;

    private final Font[] fonts;
    private final Font gutter;
    private final float[][] advances = new float[3][];
    private final Map<String, float[]> whole = new HashMap<>();
    private final double lineHeight;
    private final double baseline;
    /** Per model (the two asked for last), the token widths per signal. */
    private final Map<TokenTextModel, Map<TokenSignal, float[]>> widths = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TokenTextModel, Map<TokenSignal, float[]>> eldest) {
            return size() > 2;
        }
    };

    public TokenFonts() {
        this(1);
    }

    /** The fonts at {@code zoom} times the normal size. */
    public TokenFonts(double zoom) {
        double size = SIZE * zoom;
        fonts = new Font[] {
            Font.font(FAMILY, FontWeight.NORMAL, FontPosture.REGULAR, size),
            Font.font(FAMILY, FontWeight.BOLD, FontPosture.REGULAR, size),
            Font.font(FAMILY, FontWeight.NORMAL, FontPosture.ITALIC, size),
        };
        gutter = Font.font(10 * zoom);
        for (int f = 0; f < fonts.length; f++) {
            advances[f] = new float[Character.MAX_VALUE + 1];
            Arrays.fill(advances[f], Float.NaN);
        }
        Text probe = new Text("Mg\u00c5\u4e2d");
        probe.setFont(fonts[REGULAR]);
        probe.setTextOrigin(VPos.TOP);
        lineHeight = Math.ceil(probe.getLayoutBounds().getHeight()) + CUE_ROOM + 1;
        baseline = Math.round(probe.getBaselineOffset()) + CUE_ROOM;
    }

    Font font(int style) {
        return fonts[style];
    }

    Font gutterFont() {
        return gutter;
    }

    /** Height of one line of tokens, in pixels. */
    double lineHeight() {
        return lineHeight;
    }

    /** Distance from the top of a line to the baseline of its text. */
    double baseline() {
        return baseline;
    }

    /** The font of token {@code t} when coloured by {@code scale}: bold or italic marks the extreme tokens. */
    static int style(HeatScale scale, int t) {
        return scale.extremeHigh(t) ? BOLD : scale.extremeLow(t) ? ITALIC : REGULAR;
    }

    /**
     * The width of every token of the model, shown as {@link TokenTextModel#displayText}, in the fonts the
     * signal gives them. Computed on first use per signal, outside the lock (two threads may measure different
     * traces at once); the arrays of the two models asked for last are kept.
     */
    public float[] widths(TokenTextModel m, TokenSignal signal) {
        synchronized (this) {
            Map<TokenSignal, float[]> known = widths.get(m);
            if (known != null && known.containsKey(signal)) {
                return known.get(signal);
            }
        }
        HeatScale scale = m.scale(signal);
        float[] w = new float[m.tokenCount()];
        String text = m.trace().text();
        for (int t = 0; t < w.length; t++) {
            int style = style(scale, t);
            float plain = plainWidth(text, m.trace().tokenStart(t), m.trace().tokenEnd(t), style);
            w[t] = plain >= 0 ? plain : width(m.displayText(t), style);
        }
        synchronized (this) {
            return widths.computeIfAbsent(m, k -> new EnumMap<>(TokenSignal.class)).computeIfAbsent(signal, k -> w);
        }
    }

    /**
     * The width of {@code text[from, to)} when it is shown as it is (no control characters, no line break at its
     * end, nothing that shapes its neighbours), or -1 when {@link TokenTextModel#displayText} changes it or it
     * must be measured whole; saves making a string per token.
     */
    private float plainWidth(String text, int from, int to, int style) {
        if (to <= from || text.charAt(to - 1) == '\n' || text.charAt(to - 1) == '\r') {
            return -1;
        }
        float sum = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == '\u007f' || c >= 0x0300) {
                return -1;
            }
            sum += advance(c, style);
        }
        return sum;
    }

    /** The width of the white space that {@code s} starts with, in font {@code style}. */
    float leadingSpace(String s, int style) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\u00a0')) {
            i++;
        }
        return i == 0 ? 0 : width(s.substring(0, i), style);
    }

    /** The width of {@code s} in font {@code style}. */
    float width(String s, int style) {
        if (complex(s)) {
            synchronized (this) {
                float[] w = whole.computeIfAbsent(s, k -> new float[fonts.length]);
                if (w[style] == 0 && !s.isEmpty()) {
                    w[style] = Math.max(Float.MIN_VALUE, measure(s, style));
                }
                return w[style];
            }
        }
        float sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += advance(s.charAt(i), style);
        }
        return sum;
    }

    /**
     * The advance of one character, measured on first use. Read without the lock: a float is written whole, and a
     * value not seen yet reads as NaN and is looked at again under the lock.
     */
    private float advance(char c, int style) {
        float v = advances[style][c];
        if (Float.isNaN(v)) {
            synchronized (this) {
                v = advances[style][c];
                if (Float.isNaN(v)) {
                    v = measure(String.valueOf(c), style);
                    advances[style][c] = v;
                }
            }
        }
        return v;
    }

    /** The advance of {@code s}: between two letters, so that neither end's spaces are dropped. */
    private float measure(String s, int style) {
        return (float) (textWidth("x" + s + "x", style) - textWidth("xx", style));
    }

    private double textWidth(String s, int style) {
        Text t = new Text(s);
        t.setFont(fonts[style]);
        return t.getLayoutBounds().getWidth();
    }

    /** Whether the characters of {@code s} change each other's shape or order, so that their advances do not add. */
    static boolean complex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x0300) {
                continue;
            }
            if (Character.isSurrogate(c) || c == '\u200c' || c == '\u200d') {
                return true;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
                return true;
            }
            byte dir = Character.getDirectionality(c);
            if (dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script.compareTo(Character.UnicodeScript.DEVANAGARI) >= 0
                    && script.compareTo(Character.UnicodeScript.MYANMAR) <= 0) {
                return true;
            }
        }
        return false;
    }
}
