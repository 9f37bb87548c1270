package dev.exitscope.bench;

import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.views.timeline.TimelineView;
import dev.exitscope.views.timeline.TimelineViewport;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Scene;
import org.jspecify.annotations.Nullable;

/**
 * One configuration of {@link TimelinePulseBenchmark}: its scene, its timeline and its timings. A frame pans the
 * viewport by one pixel, or moves the selection when the timeline is fitted (where a pan changes nothing).
 */
final class TimelinePulseProbe extends FramePacer {
    final String name;
    final Samples total = new Samples();
    final Samples toDraw = new Samples();
    final Samples draw = new Samples();
    final Samples render = new Samples();
    int drawn;
    private final TimelineView view = new TimelineView();
    private final double pxPerToken;
    private volatile long beforeDraw;
    private volatile long afterDraw;
    private volatile int framesAtStart;
    private volatile boolean drewLanes;
    private double step = 1;

    TimelinePulseProbe(String name, @Nullable TimelineData data, double pxPerToken, @Nullable List<String> lanes) {
        this(new Scene(new Group(), 1600, 420), name, data, pxPerToken, lanes);
    }

    private TimelinePulseProbe(Scene scene, String name, @Nullable TimelineData data, double pxPerToken,
                               @Nullable List<String> lanes) {
        super(scene);
        this.name = name;
        this.pxPerToken = pxPerToken;
        // registered before the view's own listener (added when the view joins the scene), so it runs first
        scene.addPostLayoutPulseListener(() -> {
            if (inFlight() && beforeDraw == 0) {
                beforeDraw = System.nanoTime();
            }
        });
        scene.setRoot(view);
        scene.addPostLayoutPulseListener(() -> {
            if (inFlight() && afterDraw == 0) {
                afterDraw = System.nanoTime();
                drewLanes = view.frames() > framesAtStart;
            }
        });
        attach();
        view.dataProperty().set(data);
        if (lanes != null) {
            view.lanes().setAll(lanes);
        }
    }

    @Override
    protected void shown() {
        if (pxPerToken > 0 && view.dataProperty().get() != null) {
            TimelineViewport v = view.viewportProperty().get();
            view.viewportProperty().set(new TimelineViewport(v.tokens(), v.width(), v.tokens() / 2.0, pxPerToken));
        }
    }

    @Override
    protected void change() {
        beforeDraw = 0;
        afterDraw = 0;
        framesAtStart = view.frames();
        step = -step;
        TimelineViewport v = view.viewportProperty().get();
        TimelineViewport panned = v.panPixels(step);
        if (panned.equals(v)) {
            view.selectedTokenProperty().set(step > 0 ? 1 : 2);
        } else {
            view.viewportProperty().set(panned);
        }
    }

    @Override
    protected boolean drawn() {
        return afterDraw != 0;
    }

    @Override
    protected void record(long start, long presented) {
        total.add(presented - start);
        toDraw.add(beforeDraw - start);
        draw.add(afterDraw - beforeDraw);
        render.add(presented - afterDraw);
        if (drewLanes) {
            drawn++;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
