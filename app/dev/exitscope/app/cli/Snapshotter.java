package dev.exitscope.app.cli;

import java.io.IOException;

/** Renders the main window with one trace to a PNG, without a display. */
@FunctionalInterface
public interface Snapshotter {
    void snapshot(SnapshotRequest request) throws IOException;
}
