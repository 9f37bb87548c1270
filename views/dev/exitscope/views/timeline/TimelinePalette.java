package dev.exitscope.views.timeline;

import javafx.scene.paint.Color;

/** Colours of the timeline, chosen to stay distinguishable for common colour-vision deficiencies (Okabe–Ito). */
final class TimelinePalette {
    static final Color BACKGROUND = Color.web("#ffffff");
    static final Color LANE_BACKGROUND = Color.web("#f6f7f9");
    static final Color GRID = Color.web("#dde1e6");
    static final Color TEXT = Color.web("#1f2328");
    static final Color MUTED = Color.web("#6e7781");
    static final Color SERIES = Color.web("#0072b2");
    static final Color SERIES_RANGE = Color.web("#0072b2", 0.28);
    static final Color APPROXIMATE = Color.web("#e69f00");
    static final Color APPROXIMATE_RANGE = Color.web("#e69f00", 0.28);
    static final Color POINT = Color.web("#cc79a7");
    static final Color BAR = Color.web("#009e73", 0.75);
    static final Color CORRECT = Color.web("#009e73");
    static final Color WRONG = Color.web("#d55e00");
    static final Color UNKNOWN = Color.web("#6e7781");
    static final Color CUE = Color.web("#56b4e9");
    static final Color THINK_END = Color.web("#000000", 0.65);
    static final Color SELECTION = Color.web("#f0e442", 0.55);
    static final Color RANGE = Color.web("#56b4e9", 0.22);
    static final Color VIEWPORT = Color.web("#0072b2", 0.18);

    private TimelinePalette() {
    }

    /** Fill for a step of the given type. */
    static Color stepColor(String type) {
        return switch (type) {
            case "setup" -> Color.web("#d9d9d9");
            case "calculate" -> Color.web("#9ecae1");
            case "doubt" -> Color.web("#fdae6b");
            case "verify" -> Color.web("#c7b9e3");
            case "conclude" -> Color.web("#a1d99b");
            default -> Color.web("#eeeeee");
        };
    }
}
