package dev.exitscope.bench;

import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.views.timeline.TimelineView;
import dev.exitscope.views.timeline.TimelineViewport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One timeline frame, headless (Monocle, software rendering): the viewport moves by one pixel, the lanes are drawn,
 * and the scene is rendered into an image ({@code Scene.snapshot}, which renders the scene graph the way a pulse
 * does and adds a pixel read-back, so it over-states a pulse). Synthetic trace with top-20 alternatives per token,
 * {@code tokens} long; fully zoomed out ({@code pxPerToken = 0}) or at 8 px per token.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
    "-Dprism.order=sw", "-Djava.awt.headless=true"})
public class TimelineFrameBenchmark {
    @Param({"10000", "100000"})
    int tokens;

    @Param({"0", "8"})
    double pxPerToken;

    private TimelineView view;
    private Scene scene;
    private double step = 1;

    @Setup(Level.Trial)
    public void open() throws Exception {
        TimelineData data = TimelinePulseBenchmark.data(tokens);
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Platform.startup(() -> {
            view = new TimelineView();
            scene = new Scene(view, 1600, 420);
            view.dataProperty().set(data);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            if (pxPerToken > 0) {
                TimelineViewport v = view.viewportProperty().get();
                view.viewportProperty().set(new TimelineViewport(v.tokens(), v.width(), tokens / 2.0, pxPerToken));
            }
            ready.complete(null);
        });
        ready.get();
    }

    @Benchmark
    public WritableImage frame() throws Exception {
        CompletableFuture<WritableImage> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            step = -step;
            view.viewportProperty().set(view.viewportProperty().get().panPixels(step));
            view.drawIfDirty();
            done.complete(scene.snapshot(null));
        });
        return done.get();
    }
}
