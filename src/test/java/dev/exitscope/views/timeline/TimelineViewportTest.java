package dev.exitscope.views.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimelineViewportTest {
    @Test
    void fitShowsTheWholeTraceAcrossTheWidth() {
        TimelineViewport v = TimelineViewport.fit(100_000, 1000);
        assertEquals(0.01, v.pxPerToken(), 1e-12);
        assertEquals(0, v.firstToken());
        assertEquals(100_000, v.visibleTokens(), 1e-6);
        assertEquals(0, v.tokenAt(0));
        assertEquals(99_900, v.tokenAt(999));
        assertEquals(-1, v.tokenAt(1000));
    }

    @Test
    void zoomKeepsTheTokenUnderTheAnchorInPlace() {
        TimelineViewport v = new TimelineViewport(1000, 800, 100, 2);
        int before = v.tokenAt(400);
        TimelineViewport z = v.zoom(4, 400);
        assertEquals(8, z.pxPerToken(), 1e-12);
        assertEquals(before, z.tokenAt(400));
        // anchor token 100 + 400/2 = 300; new first = 300 - 400/8 = 250
        assertEquals(250, z.firstToken(), 1e-9);
    }

    @Test
    void zoomAndPanAreClampedToTheTrace() {
        TimelineViewport v = TimelineViewport.fit(1000, 800);
        assertEquals(0.8, v.zoom(0.1, 0).pxPerToken(), 1e-12, "cannot zoom out past the fit");
        assertEquals(TimelineViewport.MAX_PX_PER_TOKEN, v.zoom(1000, 0).pxPerToken(), 1e-12);
        TimelineViewport z = new TimelineViewport(1000, 800, 0, 8);
        assertEquals(900, z.panPixels(1e9).firstToken(), 1e-9, "the last token stays at the right edge");
        assertEquals(0, z.panPixels(-1e9).firstToken(), 1e-9);
        assertEquals(20, z.panPixels(160).firstToken(), 1e-9);
    }

    @Test
    void revealCentresATokenThatWasOutOfView() {
        TimelineViewport z = new TimelineViewport(1000, 800, 0, 8);
        assertEquals(z, z.reveal(50), "already visible");
        assertEquals(500.5 - 50, z.reveal(500).firstToken(), 1e-9);
    }

    @Test
    void emptyTraceHasNoTokens() {
        TimelineViewport v = TimelineViewport.fit(0, 500);
        assertEquals(-1, v.tokenAt(10));
    }
}
