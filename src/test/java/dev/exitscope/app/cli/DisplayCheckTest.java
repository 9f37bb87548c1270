package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayCheckTest {
    @Test
    void linuxWithoutDisplayOrWaylandHasNoDisplay() {
        NoDisplayException e = assertThrows(NoDisplayException.class,
                () -> DisplayCheck.require(Map.of("HOME", "/root"), "Linux", null));
        assertEquals(DisplayCheck.NO_DISPLAY, e.getMessage());
        assertThrows(NoDisplayException.class, () -> DisplayCheck.require(Map.of("DISPLAY", " "), "Linux", null));
    }

    @Test
    void anX11OrWaylandDisplayTheHeadlessPlatformOrAnotherSystemNeedNone() {
        assertDoesNotThrow(() -> DisplayCheck.require(Map.of("DISPLAY", ":0"), "Linux", null));
        assertDoesNotThrow(() -> DisplayCheck.require(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
        assertDoesNotThrow(() -> DisplayCheck.require(Map.of(), "Linux", "Monocle"));
        assertDoesNotThrow(() -> DisplayCheck.require(Map.of(), "Mac OS X", null));
        assertDoesNotThrow(() -> DisplayCheck.require(Map.of(), "Windows 11", null));
    }
}
