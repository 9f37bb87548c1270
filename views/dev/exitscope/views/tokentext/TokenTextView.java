package dev.exitscope.views.tokentext;

import dev.exitscope.analysis.search.TextMatches;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.jspecify.annotations.Nullable;

/**
 * The trace text under the timeline: each token's background coloured by the quantile bucket of the chosen
 * signal, with a legend and a signal chooser above. The text is drawn on one canvas the size of the viewport
 * ({@link TokenCanvas}), so a 100,000-token trace costs the scene graph no more than a short one. Clicking a
 * token sets {@link #selectedTokenProperty()}; setting it from outside scrolls its line into view and outlines
 * the token. The per-token work (styles, widths) happens when the model is built and measured
 * and wrapped ({@link TokenLayouts#prepare}), which a worker can do before the model is set. FX thread only.
 */
public final class TokenTextView extends BorderPane {
    private final ObjectProperty<@Nullable TokenTextModel> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<TokenSignal> signal =
            new SimpleObjectProperty<>(this, "signal", TokenSignal.ENTROPY);
    private final IntegerProperty selectedToken = new SimpleIntegerProperty(this, "selectedToken", -1);
    private final ObjectProperty<TextMatches> matches =
            new SimpleObjectProperty<>(this, "matches", TextMatches.none());
    private final IntegerProperty currentMatch = new SimpleIntegerProperty(this, "currentMatch", -1);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final IntegerProperty fadeFrom = new SimpleIntegerProperty(this, "fadeFrom", -1);
    private final IntegerProperty hideFrom = new SimpleIntegerProperty(this, "hideFrom", -1);
    private final ObjectProperty<TokenPalette> palette = new SimpleObjectProperty<>(this, "palette",
            TokenPalette.LIGHT);
    /** Text sizes offered, as multiples of the normal one. */
    public static final double[] ZOOMS = {0.8, 1, 1.25, 1.5, 1.75, 2, 2.5, 3};
    private TokenLayouts layouts = new TokenLayouts(new TokenFonts());
    private final javafx.beans.property.DoubleProperty zoom = new javafx.beans.property.SimpleDoubleProperty(this,
            "zoom", 1);
    private final TokenCanvas text = new TokenCanvas(layouts, this::select);
    private final ComboBox<TokenSignal> chooser = new ComboBox<>(FXCollections.observableArrayList(
            TokenSignal.values()));
    private final TokenLegend legend = new TokenLegend();
    private boolean clicking;

    public TokenTextView() {
        getStyleClass().add("token-text-view");
        getStylesheets().add(Objects.requireNonNull(TokenTextView.class.getResource("tokentext.css"),
                "tokentext.css").toExternalForm());
        text.setId("token-text");
        text.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        chooser.setId("token-signal");
        chooser.valueProperty().bindBidirectional(signal);
        Label colour = new Label("Colour by");
        colour.setMinWidth(Region.USE_PREF_SIZE);
        chooser.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, colour, chooser, legend);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("token-text-bar");
        setTop(top);
        setCenter(text);
        model.addListener((o, a, m) -> {
            if (m != null && !m.scale(signal.get()).hasValues()) {
                signal.set(firstWithValues(m, signal.get()));
            }
            text.setModel(m);
            legend.show(m == null ? null : m.scale(signal.get()));
            reveal(selectedToken.get());
        });
        signal.addListener((o, a, s) -> {
            TokenTextModel m = model.get();
            legend.show(m == null ? null : m.scale(s));
            text.setSignal(s);
        });
        dark.addListener((o, a, b) -> {
            pseudoClassStateChanged(PseudoClass.getPseudoClass("dark"), b);
            palette.set(b ? TokenPalette.DARK : TokenPalette.LIGHT);
            legend.setPalette(palette.get());
            text.setPalette(palette.get());
        });
        selectedToken.addListener((o, a, t) -> {
            text.setSelected(t.intValue());
            if (!clicking) {
                reveal(t.intValue());
            }
        });
        matches.addListener((o, a, m) -> text.setMatches(m, currentMatch.get()));
        zoom.addListener((o, a, z) -> {
            layouts = new TokenLayouts(new TokenFonts(z.doubleValue()));
            text.setLayouts(layouts);
            reveal(selectedToken.get());
        });
        fadeFrom.addListener(o -> text.setCut(fadeFrom.get(), hideFrom.get()));
        hideFrom.addListener(o -> text.setCut(fadeFrom.get(), hideFrom.get()));
        currentMatch.addListener((o, a, c) -> text.setMatches(matches.get(), c.intValue()));
    }

    /** Tokens from this one on are drawn faded, e.g. the text after a policy's exit; -1 for none. */
    public IntegerProperty fadeFromProperty() {
        return fadeFrom;
    }

    /** Tokens from this one on are not drawn, e.g. the text not played yet; -1 for none. */
    public IntegerProperty hideFromProperty() {
        return hideFrom;
    }

    public ObjectProperty<@Nullable TokenTextModel> modelProperty() {
        return model;
    }

    /** The signal that colours the tokens (entropy by default). */
    public ObjectProperty<TokenSignal> signalProperty() {
        return signal;
    }

    /** The selected token, -1 for none; bind it to the timeline's to share the selection. */
    public IntegerProperty selectedTokenProperty() {
        return selectedToken;
    }

    /** Whether to use the dark theme's colours (the {@code :dark} pseudo-class of tokentext.css). */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Find matches to outline; tokens of match {@link #currentMatchProperty()} are outlined more strongly. */
    public ObjectProperty<TextMatches> matchesProperty() {
        return matches;
    }

    /** Index of the current find match, -1 for none. */
    public IntegerProperty currentMatchProperty() {
        return currentMatch;
    }

    /** The first signal in the chooser's order that {@code m} has values for, else {@code otherwise}. */
    static TokenSignal firstWithValues(TokenTextModel m, TokenSignal otherwise) {
        for (TokenSignal s : TokenSignal.values()) {
            if (m.scale(s).hasValues()) {
                return s;
            }
        }
        return otherwise;
    }

    /** The text's size as a multiple of the normal one. */
    public javafx.beans.property.DoubleProperty zoomProperty() {
        return zoom;
    }

    /** The next larger ({@code steps} > 0) or smaller text size of {@link #ZOOMS}. */
    public void zoomBy(int steps) {
        int i = 0;
        while (i < ZOOMS.length - 1 && ZOOMS[i] < zoom.get() - 1e-9) {
            i++;
        }
        zoom.set(ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, i + steps))]);
    }

    /** Measures and wraps models for this view; a worker may prepare a model with it before it is set. */
    public TokenLayouts layouts() {
        return layouts;
    }

    /** How many rectangles of a kind the last paint drew (for tests). */
    public int visibleMarks(TokenMark kind) {
        return text.frame().marks(kind).size();
    }

    /** The text the last paint drew, run after run (for tests and lookups). */
    public String visibleText() {
        return text.frame().text();
    }

    /** The box of token {@code t} in this view's coordinates, or null when it is not on screen. */
    public @Nullable Bounds tokenBounds(int t) {
        Bounds b = text.tokenBounds(t);
        return b == null ? null : text.localToParent(b);
    }

    /** The text area: the node that takes the keyboard focus. */
    public Node textArea() {
        return text;
    }

    TokenCanvas canvas() {
        return text;
    }

    private void select(int token) {
        clicking = true;
        try {
            selectedToken.set(token);
        } finally {
            clicking = false;
        }
    }

    /**
     * The token cursor is the selected token: Left/Right move it by a token, Up/Down by a paragraph (keeping its
     * position in the paragraph where it can), Home/End to the paragraph's ends, Page Up/Down by ten paragraphs,
     * Ctrl+Home/End to the first and last token.
     */
    private void onKey(KeyEvent e) {
        TokenTextModel m = model.get();
        if (m == null || m.tokenCount() == 0) {
            return;
        }
        int n = m.tokenCount();
        if (selectedToken.get() < 0 && e.getCode().isNavigationKey()) {
            selectedToken.set(0);
            e.consume();
            return;
        }
        int t = Math.max(0, Math.min(n - 1, selectedToken.get()));
        int p = m.paragraphOf(t);
        int inParagraph = t - m.paragraphStart(p);
        int last = m.paragraphCount() - 1;
        int next = switch (e.getCode()) {
            case LEFT -> t - 1;
            case RIGHT -> t + 1;
            case UP -> inParagraphOf(m, p - 1, inParagraph);
            case DOWN -> inParagraphOf(m, p + 1, inParagraph);
            case PAGE_UP -> inParagraphOf(m, Math.max(0, p - 10), inParagraph);
            case PAGE_DOWN -> inParagraphOf(m, Math.min(last, p + 10), inParagraph);
            case HOME -> e.isShortcutDown() ? 0 : m.paragraphStart(p);
            case END -> e.isShortcutDown() ? n - 1 : m.paragraphEnd(p) - 1;
            default -> Integer.MIN_VALUE;
        };
        if (next == Integer.MIN_VALUE) {
            return;
        }
        e.consume();
        if (next >= 0 && next < n) {
            selectedToken.set(next);
        }
    }

    private static int inParagraphOf(TokenTextModel m, int p, int offset) {
        if (p < 0 || p >= m.paragraphCount()) {
            return -1;
        }
        return Math.min(m.paragraphEnd(p) - 1, m.paragraphStart(p) + offset);
    }

    /** Scrolls so that {@code token}'s line is on screen, without selecting it. */
    public void revealToken(int token) {
        reveal(token);
    }

    private void reveal(int token) {
        TokenTextModel m = model.get();
        if (m != null && token >= 0 && token < m.tokenCount()) {
            text.reveal(token);
        }
    }
}
