package dev.exitscope.analysis.io.jsonl;

import dev.exitscope.analysis.io.FieldMapping;
import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Reads test resources with the JSON Lines importer. */
final class JsonlTestSupport {
    private JsonlTestSupport() {
    }

    static Path resource(String name) {
        URL url = Objects.requireNonNull(JsonlTestSupport.class.getResource(name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Trace> read(String resource, @Nullable String mapping) throws IOException {
        return read(InputSource.of(resource(resource)), mapping);
    }

    static List<Trace> read(InputSource source, @Nullable String mapping) throws IOException {
        ImportOptions opts = ImportOptions.DEFAULT.withMapping(mapping == null ? null : FieldMapping.parse(mapping));
        List<Trace> out = new ArrayList<>();
        new JsonlImporter().read(source, opts, out::add);
        return out;
    }
}
