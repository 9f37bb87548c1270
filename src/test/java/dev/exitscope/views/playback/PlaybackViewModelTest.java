package dev.exitscope.views.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Playback driven by clock readings the test chooses: positions follow speed × time, fractions carried over. */
class PlaybackViewModelTest {
    private static final long MS = 1_000_000L;

    @Test
    void positionFollowsSpeedTimesElapsedTimeWhateverTheTickRate() {
        PlaybackViewModel coarse = new PlaybackViewModel();
        PlaybackViewModel fine = new PlaybackViewModel();
        for (PlaybackViewModel m : new PlaybackViewModel[] {coarse, fine}) {
            m.load(1000);
            m.speedProperty().set(30);
            m.play();
            m.tick(0);
        }
        coarse.tick(1000 * MS);
        for (int ms = 7; ms <= 1000; ms += 7) {
            fine.tick(ms * MS);
        }
        fine.tick(1000 * MS);
        // 30 tokens a second for one second, however it was sliced
        assertEquals(30, coarse.positionProperty().get());
        assertEquals(30, fine.positionProperty().get());
    }

    @Test
    void theFirstTickOnlySetsTheClockAndPlayingStopsAtTheEnd() {
        PlaybackViewModel m = new PlaybackViewModel();
        m.load(10);
        m.speedProperty().set(100);
        m.play();
        m.tick(5_000 * MS);
        assertEquals(0, m.positionProperty().get());
        m.tick(5_050 * MS);
        assertEquals(5, m.positionProperty().get());
        m.tick(6_000 * MS);
        assertEquals(10, m.positionProperty().get());
        assertFalse(m.playingProperty().get());
        assertTrue(m.activeProperty().get(), "the end stays shown until stopped");
        m.play();
        assertEquals(0, m.positionProperty().get(), "playing at the end starts again");
    }

    @Test
    void stepsAndScrubsStayWithinTheTraceAndPause() {
        PlaybackViewModel m = new PlaybackViewModel();
        m.load(5);
        m.step(-1);
        assertEquals(0, m.positionProperty().get());
        assertTrue(m.activeProperty().get());
        m.play();
        m.step(3);
        assertFalse(m.playingProperty().get());
        assertEquals(3, m.positionProperty().get());
        m.scrubTo(99);
        assertEquals(5, m.positionProperty().get());
        m.stop();
        assertFalse(m.activeProperty().get());
        assertEquals(0, m.positionProperty().get());
    }

    @Test
    void pausedPlaybackIgnoresTicksAndResumesWithoutAJump() {
        PlaybackViewModel m = new PlaybackViewModel();
        m.load(1000);
        m.speedProperty().set(10);
        m.play();
        m.tick(0);
        m.tick(500 * MS);
        assertEquals(5, m.positionProperty().get());
        m.pause();
        m.tick(10_000 * MS);
        assertEquals(5, m.positionProperty().get());
        m.play();
        m.tick(20_000 * MS);
        m.tick(20_300 * MS);
        assertEquals(8, m.positionProperty().get(), "the paused time is not played");
    }

    @Test
    void loadingAnotherTraceStopsPlayback() {
        PlaybackViewModel m = new PlaybackViewModel();
        m.load(100);
        m.scrubTo(40);
        m.load(7);
        assertFalse(m.activeProperty().get());
        assertEquals(0, m.positionProperty().get());
        assertEquals(7, m.totalProperty().get());
    }
}
