package dev.exitscope.app;

/**
 * The window's own actions that the menu and the keys trigger, handed to {@link WorkbenchMenu} by the window.
 *
 * @param filterLibrary focus the library's filter box
 * @param find open the find bar over the trace text
 * @param findNext go to the next match
 * @param findPrevious go to the previous match
 * @param toggleTheme switch between the light and dark themes
 * @param fitTimeline fit the whole trace into the timeline
 * @param playPause start or pause playback
 * @param stopPlayback end playback and show the whole trace
 * @param teaching switch teaching mode on or off
 * @param textZoom make the token text larger (1), smaller (-1) or normal (0)
 */
record WindowCommands(Runnable filterLibrary, Runnable find, Runnable findNext, Runnable findPrevious,
                      Runnable toggleTheme, Runnable fitTimeline, Runnable playPause, Runnable stopPlayback,
                      Runnable teaching, java.util.function.IntConsumer textZoom) {
}
