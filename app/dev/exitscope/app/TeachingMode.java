package dev.exitscope.app;

import dev.exitscope.views.tokentext.TokenTextView;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * Teaching mode, for showing a trace to a class: full screen, large high-contrast type, and only what the class
 * needs — the question, the timeline with the policies' flags, the text and the playback bar with its counter —
 * while the library, the policy panel and the token inspector step aside (the policies chosen stay enabled).
 * Toggled with F11. FX thread only.
 */
final class TeachingMode {
    /** The text size in teaching mode, as a multiple of the normal one. */
    static final double TEXT_ZOOM = 1.75;
    private static final String STYLE_CLASS = "teaching";
    private final SplitPane split;
    private final Node left;
    private final Parent root;
    private final TokenTextView tokenText;
    private final TraceDetails details;
    private boolean on;
    private boolean watching;
    private double zoomBefore = 1;
    private double[] dividersBefore = {0.3};

    TeachingMode(SplitPane split, Node left, Parent root, TokenTextView tokenText, TraceDetails details) {
        this.details = details;
        this.split = split;
        this.left = left;
        this.root = root;
        this.tokenText = tokenText;
        root.getStylesheets().add(java.util.Objects.requireNonNull(TeachingMode.class.getResource("teaching.css"),
                "teaching.css").toExternalForm());
    }

    boolean isOn() {
        return on;
    }

    /** Switches teaching mode on or off; {@code stage} goes full screen with it (null: the window stays as it is). */
    void toggle(@Nullable Stage stage) {
        on = !on;
        if (on) {
            dividersBefore = split.getDividerPositions();
            split.getItems().remove(left);
            details.showInspector(false);
            root.getStyleClass().add(STYLE_CLASS);
            zoomBefore = tokenText.zoomProperty().get();
            tokenText.zoomProperty().set(Math.max(TEXT_ZOOM, zoomBefore));
        } else {
            split.getItems().add(0, left);
            details.showInspector(true);
            split.setDividerPositions(dividersBefore);
            root.getStyleClass().remove(STYLE_CLASS);
            tokenText.zoomProperty().set(zoomBefore);
        }
        if (stage != null) {
            if (!watching) {
                watching = true;
                // Escape leaves full screen by itself; teaching mode goes with it
                stage.fullScreenProperty().addListener((o, a, full) -> {
                    if (!full && on) {
                        toggle(null);
                    }
                });
            }
            stage.setFullScreenExitHint("F11 or Escape leaves teaching mode");
            stage.setFullScreen(on);
        }
    }
}
