package dev.exitscope.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code exitscope snapshot} renders.
 *
 * @param id       the trace within a corpus file, or null for the first
 * @param select   token to select and scroll to, or -1
 * @param lanes    lane ids top to bottom, or null for the default set
 * @param dark     render with the dark theme
 * @param find     text to find and highlight, or null
 * @param policies policy configurations to enable in the policy panel ({@code deer:threshold=0.9}), in order
 * @param playbackAt tokens played back (the window as playback shows it at that point), or -1
 * @param teaching render the teaching layout
 * @param inspector token to select and show in the token inspector, or -1
 */
public record SnapshotRequest(Path trace, @Nullable String id, int select, @Nullable List<String> lanes, int width,
                              int height, Path output, boolean dark, @Nullable String find, List<String> policies,
                              int playbackAt, boolean teaching, int inspector) {
    public SnapshotRequest {
        policies = List.copyOf(policies);
    }
}
