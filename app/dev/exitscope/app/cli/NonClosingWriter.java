package dev.exitscope.app.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Passes writes through but only flushes on close, so a generator cannot close standard output. */
final class NonClosingWriter extends FilterWriter {
    NonClosingWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
