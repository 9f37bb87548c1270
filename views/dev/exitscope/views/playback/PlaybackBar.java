package dev.exitscope.views.playback;

import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The playback bar: back to the start, a token back, play / pause, a token on, a slider to scrub, the speed, and a
 * counter line that the window fills (tokens spent against what each policy would have spent). The frame clock
 * drives the model while it plays. FX thread only.
 */
public final class PlaybackBar extends VBox {
    private final PlaybackViewModel model;
    private final Label counter = new Label();
    private boolean scrubbing;

    public PlaybackBar(PlaybackViewModel model, FrameClock clock) {
        super(2);
        this.model = model;
        setId("playback-bar");
        getStyleClass().add("playback-bar");
        setPadding(new Insets(3, 6, 3, 6));
        Button stop = button("|◀", "playback-stop", "Stop playback and show the whole trace");
        stop.setOnAction(e -> model.stop());
        Button back = button("◀", "playback-back", "One token back");
        back.setOnAction(e -> model.step(-1));
        Button play = button("▶", "playback-play", "Play the trace token by token");
        play.setOnAction(e -> model.toggle());
        Button on = button("▶|", "playback-step", "One token on");
        on.setOnAction(e -> model.step(1));
        Slider slider = new Slider(0, 1, 0);
        slider.setId("playback-slider");
        slider.setMinWidth(80);
        HBox.setHgrow(slider, Priority.SOMETIMES);
        model.totalProperty().addListener((o, a, t) -> slider.setMax(Math.max(1, t.intValue())));
        model.positionProperty().addListener((o, a, p) -> {
            if (!scrubbing) {
                slider.setValue(p.intValue());
            }
        });
        slider.valueProperty().addListener((o, a, v) -> {
            if (slider.isValueChanging() || slider.isPressed()) {
                scrubbing = true;
                try {
                    model.scrubTo((int) Math.round(v.doubleValue()));
                } finally {
                    scrubbing = false;
                }
            }
        });
        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("playback-speed");
        for (double s : PlaybackViewModel.SPEEDS) {
            speed.getItems().add(s);
        }
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : String.format(Locale.ROOT, "%.0f tok/s", d);
            }

            @Override
            public Double fromString(String s) {
                return Double.parseDouble(s.replace("tok/s", "").trim());
            }
        });
        speed.setValue(model.speedProperty().get());
        speed.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                model.speedProperty().set(v);
            }
        });
        speed.setTooltip(new Tooltip("Playback speed"));
        speed.setMinWidth(Region.USE_PREF_SIZE);
        counter.setId("playback-counter");
        counter.setMinWidth(0);
        counter.setWrapText(true);
        model.playingProperty().addListener((o, a, p) -> {
            play.setText(p ? "⏸" : "▶");
            if (p) {
                clock.start(model::tick);
            } else {
                clock.stop();
            }
        });
        HBox controls = new HBox(6, stop, back, play, on, slider, speed);
        controls.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(controls, counter);
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setFocusTraversable(false);
        return b;
    }

    /** The counter line's text. */
    public StringProperty counterTextProperty() {
        return counter.textProperty();
    }

    public PlaybackViewModel model() {
        return model;
    }
}
