package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadProgressTest {
    @Test
    void postsTheFirstReadThenAtMostTenTimesASecondAndNeverBackwards() {
        List<Double> posted = new ArrayList<>();
        LoadProgress p = new LoadProgress(1000, posted::add);
        p.accept(100);
        assertEquals(List.of(0.1 * LoadProgress.READ_SHARE), posted);
        for (int read = 101; read <= 1000; read++) {
            p.accept(read);
        }
        assertEquals(1, posted.size(), "reads within the interval are not posted");
        p.readDone();
        assertEquals(LoadProgress.READ_SHARE, posted.get(1));
        p.accept(10);
        assertEquals(2, posted.size(), "a second stream starting over does not move the bar back");
    }

    @Test
    void loadingATraceFileFillsTheReadingShareOfTheBar(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("chat.json");
        long bytes = dev.exitscope.bench.SyntheticOpenAiChat.write(file, 20_000, 5, 1);
        TraceLoader loader = new TraceLoader(dev.exitscope.analysis.io.Importers.standard(),
                new dev.exitscope.analysis.signals.combined.SignalCache(null), null, Runnable::run);
        List<Double> posted = new ArrayList<>();
        String id = dev.exitscope.analysis.io.Importers.standard().first(
                dev.exitscope.analysis.io.InputSource.of(file), dev.exitscope.analysis.io.ImportOptions.DEFAULT,
                t -> true).id();
        assertEquals(20_000, loader.load(file, id, posted::add).tokenCount());
        assertTrue(Files.size(file) == bytes && bytes > 1_000_000, bytes + " bytes");
        assertEquals(LoadProgress.READ_SHARE, posted.get(posted.size() - 1), 1e-12);
        for (int k = 1; k < posted.size(); k++) {
            assertTrue(posted.get(k) > posted.get(k - 1), "progress only grows: " + posted);
        }
    }
}
