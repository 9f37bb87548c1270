package dev.exitscope.analysis.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exitscope.analysis.trace.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterRegistryFirstTest {
    @TempDir
    Path dir;

    /** Two good records, then a broken line: reading the whole file fails at line 3. */
    private Path corpus() throws Exception {
        Path f = dir.resolve("c.jsonl");
        Files.writeString(f, "{\"id\": \"a\", \"question\": \"q\", \"response\": \"The answer is 1.\"}\n"
                + "{\"id\": \"b\", \"question\": \"q\", \"response\": \"The answer is 2.\"}\n"
                + "{\"id\": \"c\", \"question\": \n");
        return f;
    }

    @Test
    void firstStopsReadingAtTheWantedTrace() throws Exception {
        Path f = corpus();
        ImporterRegistry registry = Importers.standard();
        assertThrows(TraceInputException.class, () -> registry.read(InputSource.of(f), ImportOptions.DEFAULT,
                t -> { }), "the whole file does not read");
        List<String> seen = new ArrayList<>();
        Trace b = registry.first(InputSource.of(f), ImportOptions.DEFAULT, t -> {
            seen.add(t.id());
            return t.id().endsWith("b");
        });
        assertEquals(seen.get(seen.size() - 1), b.id());
        assertEquals(2, seen.size(), "the sink saw a and b and nothing after");
    }

    @Test
    void firstIsNullWhenNothingMatchesAndTheFileEnds() throws Exception {
        Path f = dir.resolve("ok.txt");
        Files.writeString(f, "The answer is 4.");
        assertNull(Importers.standard().first(InputSource.of(f), ImportOptions.DEFAULT, t -> false));
    }
}
