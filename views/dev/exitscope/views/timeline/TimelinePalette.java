package dev.exitscope.views.timeline;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * Colours of the timeline for the light and the dark theme, chosen to stay distinguishable for common
 * colour-vision deficiencies (Okabe–Ito hues; the dark variant lightens them for contrast on a dark background).
 * {@code stepColors} holds the fills of the step types setup, calculate, doubt, verify, conclude and any other.
 */
record TimelinePalette(
        Color background,
        Color laneBackground,
        Color grid,
        Color text,
        Color muted,
        Color series,
        Color seriesRange,
        Color approximate,
        Color approximateRange,
        Color point,
        Color bar,
        Color correct,
        Color wrong,
        Color unknown,
        Color cue,
        Color thinkEnd,
        Color selection,
        Color range,
        Color viewport,
        Color match,
        Color matchCurrent,
        Color matchBand,
        Color unplayed,
        List<Color> stepColors) {

    static final TimelinePalette LIGHT = new TimelinePalette(
            Color.web("#ffffff"),
            Color.web("#f6f7f9"),
            Color.web("#dde1e6"),
            Color.web("#1f2328"),
            Color.web("#6e7781"),
            Color.web("#0072b2"),
            Color.web("#0072b2", 0.28),
            Color.web("#e69f00"),
            Color.web("#e69f00", 0.28),
            Color.web("#cc79a7"),
            Color.web("#009e73", 0.75),
            Color.web("#009e73"),
            Color.web("#d55e00"),
            Color.web("#6e7781"),
            Color.web("#56b4e9"),
            Color.web("#000000", 0.65),
            Color.web("#f0e442", 0.55),
            Color.web("#56b4e9", 0.22),
            Color.web("#0072b2", 0.18),
            Color.web("#d55e00", 0.45),
            Color.web("#d55e00"),
            Color.web("#d55e00", 0.12),
            Color.web("#ffffff", 0.62),
            List.of(Color.web("#d9d9d9"), Color.web("#9ecae1"), Color.web("#fdae6b"),
                    Color.web("#c7b9e3"), Color.web("#a1d99b"), Color.web("#eeeeee")));

    static final TimelinePalette DARK = new TimelinePalette(
            Color.web("#0d1117"),
            Color.web("#161b22"),
            Color.web("#30363d"),
            Color.web("#e6edf3"),
            Color.web("#8b949e"),
            Color.web("#56b4e9"),
            Color.web("#56b4e9", 0.32),
            Color.web("#e69f00"),
            Color.web("#e69f00", 0.32),
            Color.web("#e08fc0"),
            Color.web("#2bb58a", 0.8),
            Color.web("#2bb58a"),
            Color.web("#f07b3f"),
            Color.web("#8b949e"),
            Color.web("#56b4e9"),
            Color.web("#ffffff", 0.7),
            Color.web("#f0e442", 0.28),
            Color.web("#56b4e9", 0.25),
            Color.web("#56b4e9", 0.2),
            Color.web("#f07b3f", 0.5),
            Color.web("#ff9a52"),
            Color.web("#f07b3f", 0.14),
            Color.web("#0d1117", 0.62),
            List.of(Color.web("#4a4f57"), Color.web("#2f6f99"), Color.web("#a8642a"),
                    Color.web("#6c5a99"), Color.web("#4b8a46"), Color.web("#30363d")));

    /** Fill for a step of the given type. */
    Color stepColor(String type) {
        return stepColors.get(switch (type) {
            case "setup" -> 0;
            case "calculate" -> 1;
            case "doubt" -> 2;
            case "verify" -> 3;
            case "conclude" -> 4;
            default -> 5;
        });
    }
}
