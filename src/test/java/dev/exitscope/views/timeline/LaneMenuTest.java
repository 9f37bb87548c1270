package dev.exitscope.views.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class LaneMenuTest {
    private static TimelineData data() {
        TraceBuilder b = new TraceBuilder("t");
        b.addToken("a", -0.1f);
        return TimelineData.of(SignalCache.compute(b.build(), SignalOptions.defaults(), null));
    }

    @Test
    void hidingAndShowingALaneKeepsTheDefaultOrder() {
        TimelineData d = data();
        ObservableList<String> shown = FXCollections.observableArrayList(TimelineData.DEFAULT_LANES);
        LaneMenu.toggle(shown, d, "rpdi", false);
        assertEquals(List.of("entropy", "surprisal", "redundancy", "probes", "harm"), shown);
        LaneMenu.toggle(shown, d, "rpdi", true);
        assertEquals(TimelineData.DEFAULT_LANES, shown);
    }

    @Test
    void movingALaneSwapsItWithItsNeighbourAndStopsAtTheEnds() {
        ObservableList<String> shown = FXCollections.observableArrayList("entropy", "surprisal", "harm");
        LaneMenu.move(shown, 2, 1);
        assertEquals(List.of("entropy", "harm", "surprisal"), shown);
        LaneMenu.move(shown, 0, -1);
        assertEquals(List.of("entropy", "harm", "surprisal"), shown);
    }
}
