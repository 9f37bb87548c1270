package dev.exitscope.analysis.io.nativefmt;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: resource files and reading through the native importer. */
final class NativeTestFiles {
    private NativeTestFiles() {
    }

    static Path resource(String name) {
        URL url = NativeTestFiles.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The resource's bytes as an in-memory source named by its file name, so messages are stable. */
    static InputSource source(String name) {
        Path p = resource(name);
        try {
            return InputSource.ofBytes(p.getFileName().toString(), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Trace> read(InputSource source) throws IOException {
        List<Trace> out = new ArrayList<>();
        new NativeImporter().read(source, ImportOptions.DEFAULT, out::add);
        return out;
    }
}
