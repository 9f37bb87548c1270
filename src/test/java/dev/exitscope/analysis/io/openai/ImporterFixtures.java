package dev.exitscope.analysis.io.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads test resources and runs them through the standard importer registry, as the CLI would. */
public final class ImporterFixtures {
    private ImporterFixtures() {
    }

    /** The bytes of a classpath resource such as {@code fixtures/openai-chat/x.json}. */
    public static byte[] bytes(String resource) {
        try (InputStream in = ImporterFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A named in-memory source for a resource; its name is the resource's file name. */
    public static InputSource source(String resource) {
        return InputSource.ofBytes(resource.substring(resource.lastIndexOf('/') + 1), bytes(resource));
    }

    /** A named in-memory source for literal text. */
    public static InputSource text(String name, String content) {
        return InputSource.ofBytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The name of the importer the registry sniffs for a resource. */
    public static String sniffed(String resource) throws IOException {
        ImporterRegistry r = Importers.standard();
        return r.choose(source(resource), ImportOptions.DEFAULT).name();
    }

    /** Every trace of a source, read with the named format. */
    public static List<Trace> read(InputSource src, String format) throws IOException {
        List<Trace> out = new ArrayList<>();
        Importers.standard().byName(format).read(src, ImportOptions.DEFAULT, out::add);
        return out;
    }

    /** Every trace of a resource, read with the named format. */
    public static List<Trace> read(String resource, String format) throws IOException {
        return read(source(resource), format);
    }

    /** The message of the error reading a source ends in. */
    public static String error(InputSource src, String format) {
        return assertThrows(TraceInputException.class, () -> read(src, format)).getMessage();
    }

    /** The texts of a trace's tokens. */
    public static List<String> tokens(Trace t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.tokenCount(); i++) {
            out.add(t.tokenText(i));
        }
        return out;
    }

    /** Asserts a trace's logprobs equal {@code expected} (given as doubles, compared as floats). */
    public static void assertLogprobs(Trace t, double... expected) {
        float[] actual = t.logprobsCopy();
        assertEquals(expected.length, actual.length, "token count");
        for (int i = 0; i < expected.length; i++) {
            assertEquals((float) expected[i], actual[i], 1e-7f, "logprob of token " + i);
        }
    }
}
