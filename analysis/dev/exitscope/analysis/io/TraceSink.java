package dev.exitscope.analysis.io;

import dev.exitscope.analysis.trace.Trace;

/** Receives traces one at a time as an importer reads them, so corpora stream in bounded memory. */
@FunctionalInterface
public interface TraceSink {
    void accept(Trace trace);
}
