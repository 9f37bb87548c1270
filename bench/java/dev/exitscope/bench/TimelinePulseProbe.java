package dev.exitscope.bench;

import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.views.timeline.TimelineView;
import dev.exitscope.views.timeline.TimelineViewport;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * One configuration: its scene, its timeline and its timings. The timer, the layout listeners and the render
 * hook hand one frame along through volatile fields: the FX thread starts a frame only when the render thread
 * has finished the previous one.
 */
final class TimelinePulseProbe {
    final String name;
    final Samples total = new Samples();
    final Samples toDraw = new Samples();
    final Samples draw = new Samples();
    final Samples render = new Samples();
    int drawn;
    private final Scene scene;
    private final TimelineView view = new TimelineView();
    private final double pxPerToken;
    private volatile long start;
    private volatile long beforeDraw;
    private volatile long afterDraw;
    private volatile int framesAtStart;
    private volatile boolean drewLanes;
    private volatile boolean inFlight;
    private volatile boolean recording;
    private volatile int remaining;
    private volatile CountDownLatch done = new CountDownLatch(0);
    private double step = 1;

    TimelinePulseProbe(String name, @Nullable TimelineData data, double pxPerToken,
                       @Nullable List<String> lanes) {
        this.name = name;
        this.pxPerToken = pxPerToken;
        scene = new Scene(new Group(), 1600, 420);
        // registered before the view's own listener (added when the view joins the scene), so it runs first
        scene.addPostLayoutPulseListener(() -> {
            if (inFlight && beforeDraw == 0) {
                beforeDraw = System.nanoTime();
            }
        });
        scene.setRoot(view);
        scene.addPostLayoutPulseListener(() -> {
            if (inFlight && afterDraw == 0) {
                afterDraw = System.nanoTime();
                drewLanes = view.frames() > framesAtStart;
            }
        });
        RenderedFrames.attach(scene).onRendered(this::rendered);
        view.dataProperty().set(data);
        if (lanes != null) {
            view.lanes().setAll(lanes);
        }
    }

    /** Shows this scene and times {@code frames} frames; blocks the calling (non-FX) thread. */
    void run(Stage stage, int frames, boolean record) throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        done = latch;
        recording = record;
        remaining = frames;
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                tick();
            }
        };
        Platform.runLater(() -> {
            if (stage.getScene() != scene) {
                stage.setScene(scene);
                stage.show();
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                if (pxPerToken > 0 && view.dataProperty().get() != null) {
                    TimelineViewport v = view.viewportProperty().get();
                    view.viewportProperty().set(new TimelineViewport(v.tokens(), v.width(), v.tokens() / 2.0,
                            pxPerToken));
                }
            }
            timer.start();
        });
        if (!latch.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + ": frames stopped arriving");
        }
        Platform.runLater(timer::stop);
    }

    private void tick() {
        if (inFlight) {
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(2)) {
                inFlight = false;   // a frame that never rendered (not expected): start over
            }
            return;
        }
        if (remaining <= 0) {
            return;
        }
        beforeDraw = 0;
        afterDraw = 0;
        framesAtStart = view.frames();
        start = System.nanoTime();
        inFlight = true;
        step = -step;
        TimelineViewport v = view.viewportProperty().get();
        TimelineViewport panned = v.panPixels(step);
        if (panned.equals(v)) {
            // fitted: nothing to pan (an equal viewport fires no change), so move the selection instead
            view.selectedTokenProperty().set(step > 0 ? 1 : 2);
        } else {
            view.viewportProperty().set(panned);
        }
    }

    private void rendered(long now) {
        if (!inFlight || afterDraw == 0) {
            return;
        }
        if (recording) {
            total.add(now - start);
            toDraw.add(beforeDraw - start);
            draw.add(afterDraw - beforeDraw);
            render.add(now - afterDraw);
            if (drewLanes) {
                drawn++;
            }
        }
        inFlight = false;
        if (--remaining <= 0) {
            done.countDown();
        }
    }
}
