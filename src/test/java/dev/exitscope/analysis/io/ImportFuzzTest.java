package dev.exitscope.analysis.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Mutates every fixture under {@code fixtures/} (its parent directory names the format) many times and feeds each
 * mutation to the standard importers, both sniffed and forced to the fixture's format. Each must end normally or in
 * a {@link TraceInputException}: never another exception, a hang or an exhausted heap. Seeded, so a failure names the
 * seed, fixture and mutation index that reproduce it.
 */
class ImportFuzzTest {
    private static final long SEED = 0x5EED_F022_2024L;
    private static final int TOTAL_MUTATIONS = 10_000;
    private static final long TIMEOUT_MS = 2_000;
    private static final int MAX_REPORTED = 25;
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"(?!\\s*:)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");
    private static final String[] HUGE = {"1e400", "-1e400", "1e-400", "99999999999999999999999",
        "-99999999999999999999999", "123456789012345678901234567890.5", "1" + "0".repeat(390)};
    private static final String[] NON_NUMBERS = {"NaN", "Infinity", "-Infinity", "+1", "0x10", ".5", "1.", "01"};

    private final ImporterRegistry registry = Importers.standard();
    private final ImportOptions options = ImportOptions.DEFAULT
            .withLimits(ReadLimits.DEFAULT.withMaxTokens(200_000));

    /** One mutated input and how it was made. */
    private record Mutation(String description, byte[] bytes) {
    }

    @Test
    void everyMutationOfEveryFixtureEndsInSuccessOrATraceInputException() throws Exception {
        Path root = resourceRoot();
        List<Path> fixtures;
        try (Stream<Path> s = Files.walk(root)) {
            fixtures = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        assertTrue(!fixtures.isEmpty(), "no fixtures under " + root);
        int perFixture = (TOTAL_MUTATIONS + fixtures.size() - 1) / fixtures.size();
        List<String> failures = new ArrayList<>();
        int total = 0;
        ExecutorService exec = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "import-fuzz");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Path fixture : fixtures) {
                String rel = root.relativize(fixture).toString().replace('\\', '/');
                String format = fixture.getParent().equals(root) ? "" : fixture.getParent().getFileName().toString();
                byte[] original = Files.readAllBytes(fixture);
                String name = fixture.getFileName().toString();
                Random fixtureRandom = new Random(SEED ^ rel.hashCode());
                for (int i = 0; i < perFixture; i++) {
                    long mutationSeed = fixtureRandom.nextLong();
                    Mutation m = mutate(original, name.endsWith(".gz"), new Random(mutationSeed));
                    total++;
                    String where = "seed=" + SEED + " fixture=" + rel + " mutation #" + i + " (mutationSeed="
                            + mutationSeed + ", " + m.description() + ")";
                    exec = run(exec, name, m.bytes(), options, where + " sniffed", failures);
                    if (registry.names().contains(format)) {
                        exec = run(exec, name, m.bytes(), options.withFormat(format), where + " forced " + format,
                                failures);
                    }
                }
            }
        } finally {
            exec.shutdownNow();
        }
        assertTrue(total >= TOTAL_MUTATIONS, "only " + total + " mutations");
        if (!failures.isEmpty()) {
            fail(failures.size() + " mutated inputs ended in something other than success or TraceInputException:\n"
                    + failures.stream().limit(MAX_REPORTED).collect(Collectors.joining("\n")));
        }
    }

    /** Runs one import under the timeout; returns the executor to use next (a fresh one after a hang). */
    private ExecutorService run(ExecutorService exec, String name, byte[] bytes, ImportOptions opts, String where,
                                List<String> failures) throws InterruptedException {
        Future<Throwable> f = exec.submit(() -> {
            try {
                registry.read(InputSource.ofBytes(name, bytes), opts, t -> t.text());
                return null;
            } catch (TraceInputException e) {
                return null;
            } catch (Throwable e) {
                return e;
            }
        });
        try {
            Throwable t = f.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            if (t != null) {
                failures.add(where + ": " + summary(t));
            }
            return exec;
        } catch (TimeoutException e) {
            f.cancel(true);
            exec.shutdownNow();
            failures.add(where + ": no result within " + TIMEOUT_MS + " ms");
            return Executors.newSingleThreadExecutor();
        } catch (java.util.concurrent.ExecutionException e) {
            failures.add(where + ": " + summary(e.getCause()));
            return exec;
        }
    }

    private static String summary(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        return t + Arrays.stream(st).limit(4).map(e -> "\n        at " + e).collect(Collectors.joining());
    }

    private static Mutation mutate(byte[] original, boolean gzip, Random r) {
        if (gzip) {
            byte[] plain = gunzip(original);
            if (plain == null || r.nextInt(3) == 0) {
                return compressedMutation(original, r);
            }
            Mutation m = textMutation(plain, r);
            return new Mutation("content: " + m.description(), gzip(m.bytes()));
        }
        return textMutation(original, r);
    }

    private static Mutation compressedMutation(byte[] gz, Random r) {
        byte[] b = gz.clone();
        switch (r.nextInt(3)) {
            case 0: {
                int at = r.nextInt(b.length + 1);
                return new Mutation("gzip truncated at " + at, Arrays.copyOf(b, at));
            }
            case 1: {
                int at = r.nextInt(Math.max(1, b.length));
                if (b.length > 0) {
                    b[at] ^= (byte) (1 + r.nextInt(255));
                }
                return new Mutation("gzip byte " + at + " flipped", b);
            }
            default: {
                int at = Math.max(0, b.length - 1 - r.nextInt(Math.min(8, Math.max(1, b.length))));
                if (b.length > 0) {
                    b[at] ^= (byte) (1 + r.nextInt(255));
                }
                return new Mutation("gzip trailer byte " + at + " flipped", b);
            }
        }
    }

    private static Mutation textMutation(byte[] src, Random r) {
        String s = new String(src, StandardCharsets.UTF_8);
        int n = src.length;
        switch (r.nextInt(12)) {
            case 0: {
                int at = r.nextInt(n + 1);
                return new Mutation("truncated at byte " + at, Arrays.copyOf(src, at));
            }
            case 1: {
                byte[] b = src.clone();
                int flips = 1 + r.nextInt(8);
                StringBuilder where = new StringBuilder();
                for (int i = 0; i < flips && n > 0; i++) {
                    int at = r.nextInt(n);
                    b[at] ^= (byte) (1 + r.nextInt(255));
                    where.append(i == 0 ? "" : ",").append(at);
                }
                return new Mutation("bytes flipped at " + where, b);
            }
            case 2:
                return bracketEdit(s, r, false);
            case 3:
                return bracketEdit(s, r, true);
            case 4:
                return replaceMatch(s, STRING, r, new String[] {"12345", "true", "null", "{}", "[]"}, "string value");
            case 5:
                return arrayToString(s, r);
            case 6:
                return replaceMatch(s, NUMBER, r, HUGE, "number");
            case 7:
                return replaceMatch(s, NUMBER, r, NON_NUMBERS, "number");
            case 8: {
                int at = r.nextInt(s.length() + 1);
                String open = r.nextBoolean() ? "[" : "{\"a\":";
                String deep = open.repeat(100_000);
                return new Mutation("100000 × " + open + " inserted at char " + at,
                        utf8(s.substring(0, at) + deep + s.substring(at)));
            }
            case 9: {
                int at = r.nextInt(s.length() + 1);
                String[] junk = {"\uFEFF", "\u0000", "\uFFFD", "\uD800", "\n", "\r", ",", ":", "\"", "\\"};
                String j = junk[r.nextInt(junk.length)];
                return new Mutation("inserted U+" + Integer.toHexString(j.charAt(0)) + " at char " + at,
                        utf8(s.substring(0, at) + j + s.substring(at)));
            }
            case 10: {
                String[] lines = s.split("\n", -1);
                int a = r.nextInt(lines.length);
                List<String> out = new ArrayList<>(Arrays.asList(lines));
                out.add(r.nextInt(out.size() + 1), lines[a]);
                return new Mutation("line " + (a + 1) + " duplicated", utf8(String.join("\n", out)));
            }
            default: {
                byte[] b = Arrays.copyOf(src, n + 4);
                int at = r.nextInt(n + 1);
                System.arraycopy(src, at, b, at + 4, n - at);
                byte[] invalid = {(byte) 0xF0, (byte) 0x9F, (byte) 0xC0, (byte) 0xFF};
                System.arraycopy(invalid, 0, b, at, 4);
                return new Mutation("invalid UTF-8 inserted at byte " + at, b);
            }
        }
    }

    private static Mutation bracketEdit(String s, Random r, boolean duplicate) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '}' || c == '[' || c == ']') {
                at.add(i);
            }
        }
        if (at.isEmpty()) {
            return new Mutation("unchanged (no brackets)", utf8(s));
        }
        int i = at.get(r.nextInt(at.size()));
        String edited = duplicate ? s.substring(0, i + 1) + s.substring(i) : s.substring(0, i) + s.substring(i + 1);
        return new Mutation((duplicate ? "duplicated " : "deleted ") + "'" + s.charAt(i) + "' at char " + i,
                utf8(edited));
    }

    private static Mutation replaceMatch(String s, Pattern p, Random r, String[] with, String what) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return new Mutation("unchanged (no " + what + ")", utf8(s));
        }
        int[] span = spans.get(r.nextInt(spans.size()));
        String w = with[r.nextInt(with.length)];
        return new Mutation(what + " at char " + span[0] + " replaced by " + w,
                utf8(s.substring(0, span[0]) + w + s.substring(span[1])));
    }

    private static Mutation arrayToString(String s, Random r) {
        List<Integer> opens = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '[') {
                opens.add(i);
            }
        }
        if (opens.isEmpty()) {
            return new Mutation("unchanged (no array)", utf8(s));
        }
        int start = opens.get(r.nextInt(opens.size()));
        int depth = 0;
        int end = s.length();
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                end = i + 1;
                break;
            }
        }
        return new Mutation("array at char " + start + " replaced by a string",
                utf8(s.substring(0, start) + "\"not an array\"" + s.substring(end)));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] gz) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Path resourceRoot() throws URISyntaxException {
        URL url = ImportFuzzTest.class.getResource("/fixtures");
        if (url == null) {
            throw new IllegalStateException("no fixtures directory on the test classpath");
        }
        return Path.of(url.toURI());
    }
}
