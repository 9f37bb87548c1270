package dev.exitscope.analysis.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class InputSourceTest {
    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void gzipInputIsDecompressedTransparently() throws IOException {
        InputSource s = InputSource.ofBytes("a.trace.json.gz", gzip("hello".getBytes(StandardCharsets.UTF_8)));
        try (InputStream in = s.open()) {
            assertEquals("hello", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals("a.trace.json", s.fileName());
        assertEquals("a", s.stem());
    }

    @Test
    void gzipCutShortPastTheHeaderIsAnInputError() throws IOException {
        byte[] big = new byte[300_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('a' + (i * 7919 % 26));
        }
        byte[] z = gzip(big);
        InputSource s = InputSource.ofBytes("cut.traces.jsonl.gz", Arrays.copyOf(z, z.length / 2));
        TraceInputException e = assertThrows(TraceInputException.class, () -> {
            try (InputStream in = s.open()) {
                in.readAllBytes();
            }
        });
        assertEquals("cut.traces.jsonl.gz: corrupt gzip data (it ends early)", e.getMessage());
    }

    @Test
    void notGzipAtAllIsAnInputError() {
        InputSource s = InputSource.ofBytes("plain.json.gz", "{}".getBytes(StandardCharsets.UTF_8));
        TraceInputException e = assertThrows(TraceInputException.class, () -> s.open().close());
        assertEquals("plain.json.gz: corrupt gzip data (Not in GZIP format)", e.getMessage());
    }

    @Test
    void readsAreReportedInStoredBytesForPlainAndGzipInput() throws IOException {
        byte[] big = new byte[500_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('a' + (i * 7919 % 26));
        }
        byte[] z = gzip(big);
        for (InputSource plain : new InputSource[] {InputSource.ofBytes("a.txt", big),
            InputSource.ofBytes("a.txt.gz", z)}) {
            java.util.List<Long> seen = new java.util.ArrayList<>();
            InputSource s = plain.reportingReads(seen::add);
            try (InputStream in = s.open()) {
                assertEquals(big.length, in.readAllBytes().length, "content unchanged");
            }
            long stored = plain.isGzip() ? z.length : big.length;
            assertEquals(stored, s.storedSize());
            assertEquals(stored, (long) seen.get(seen.size() - 1), "the last report is the whole stored input");
            for (int k = 1; k < seen.size(); k++) {
                org.junit.jupiter.api.Assertions.assertTrue(seen.get(k) > seen.get(k - 1), "counts grow");
            }
        }
    }
}
