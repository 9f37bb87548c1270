package dev.exitscope.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project cites papers and the authors' public repositories directly: no document, source file or resource
 * refers to a specification kept outside the repository.
 */
class CitationsTest {
    private static final List<String> ROOTS = List.of("README.md", "DEVELOPERS.md", "BENCHMARKS.md", "docs",
            "analysis", "inference", "views", "app", "bench");
    private static final List<String> OUTSIDE = List.of("methods.md", "../shared", "/work/shared");

    @Test
    void noFileReferencesASpecificationOutsideTheRepository() throws IOException {
        List<String> hits = new ArrayList<>();
        for (String root : ROOTS) {
            Path start = Path.of(root);
            assertTrue(Files.exists(start), root + " exists (the test runs from the project folder)");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(start)) {
                files = walk.filter(Files::isRegularFile).filter(CitationsTest::isText).sorted().toList();
            }
            for (Path f : files) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    for (String outside : OUTSIDE) {
                        if (lines.get(i).contains(outside)) {
                            hits.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), hits);
    }

    private static boolean isText(Path f) {
        String name = f.getFileName().toString();
        return name.endsWith(".java") || name.endsWith(".md") || name.endsWith(".json") || name.endsWith(".sh")
                || name.endsWith(".py") || name.endsWith(".css") || name.endsWith(".properties");
    }
}
