package dev.exitscope.analysis.io.nativefmt;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A forward scanner over the UTF-8 bytes of one JSON line for {@link NativeLineScanner}: whitespace, punctuation,
 * strings decoded straight into a {@link TextColumn} or a {@code String} (plain ASCII ones copied as Latin-1 bytes),
 * field names and values matched against known bytes, numbers and skipped values. It accepts
 * strictly valid JSON only, and only what it can decode exactly as Jackson would; on anything else it throws
 * {@link Unsupported}, and the caller reads the line again with the full parser, which reports any error. Not
 * thread-safe.
 */
final class ByteScanner {
    /** The scanner cannot read this input; the full parser must. Carries no stack trace. */
    static final class Unsupported extends RuntimeException {
        static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super(null, null, false, false);
        }
    }

    /** Longest string decoded here; longer ones go to the full parser and its limits. */
    static final int MAX_STRING = 4096;
    /** Longest number parsed here. */
    private static final int MAX_NUMBER = 64;

    private final byte[] buf;
    private final int end;
    private int pos;
    /** The chars of the string being decoded. */
    private final char[] text = new char[MAX_STRING + 1];

    ByteScanner(byte[] buf, int from, int end) {
        this.buf = buf;
        this.pos = from;
        this.end = end;
    }

    int pos() {
        return pos;
    }

    /** The next byte after whitespace, not consumed; -1 at the end. */
    int peek() {
        while (pos < end) {
            byte b = buf[pos];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b;
            }
            pos++;
        }
        return -1;
    }

    /** Consumes {@code c} after whitespace. */
    void expect(char c) {
        if (peek() != c) {
            throw Unsupported.INSTANCE;
        }
        pos++;
    }

    /** Consumes {@code c} after whitespace when it is next; tells whether it was. */
    boolean consume(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes {@code null} when it comes next. */
    boolean consumeNull() {
        if (peek() == 'n' && pos + 4 <= end && buf[pos + 1] == 'u' && buf[pos + 2] == 'l' && buf[pos + 3] == 'l') {
            pos += 4;
            return true;
        }
        return false;
    }

    /** Reads a field name and its colon. */
    String fieldName() {
        String name = string();
        expect(':');
        return name;
    }

    /**
     * Reads a field name that is, byte for byte, one of {@code names} (ASCII, no escapes), and its colon; returns
     * its index. Any other name, including one of these written with an escape, is unsupported.
     */
    int knownFieldName(byte[][] names) {
        int k = knownString(names);
        if (k < 0) {
            throw Unsupported.INSTANCE;
        }
        expect(':');
        return k;
    }

    /**
     * Consumes the string that comes next when its bytes between the quotes are exactly one of {@code names}, and
     * returns its index; otherwise consumes nothing and returns -1.
     */
    int knownString(byte[][] names) {
        if (peek() != '"') {
            return -1;
        }
        int from = pos + 1;
        for (int k = 0; k < names.length; k++) {
            byte[] name = names[k];
            int close = from + name.length;
            if (close < end && buf[close] == '"' && startsWith(from, name)) {
                pos = close + 1;
                return k;
            }
        }
        return -1;
    }

    /** Whether the bytes from {@code from} are those of {@code name}; the caller checked the bounds. */
    private boolean startsWith(int from, byte[] name) {
        for (int i = 0; i < name.length; i++) {
            if (buf[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    String string() {
        expect('"');
        int close = asciiEnd(pos);
        if (close >= 0) {
            String s = new String(buf, pos, close - pos, StandardCharsets.ISO_8859_1);
            pos = close + 1;
            return s;
        }
        pos--;
        return new String(text, 0, decode());
    }

    /**
     * Reads an array of strings into {@code out}, one text each; runs of plain ASCII texts without whitespace
     * between them are copied in one loop without a call per string ({@link #asciiRun}). More than
     * {@code maxCount} strings in all in {@code out} is unsupported.
     */
    void stringArrayInto(TextColumn out, int maxCount) {
        expect('[');
        if (consume(']')) {
            return;
        }
        while (true) {
            if (!out.isLatin1() || !asciiRun(out, maxCount)) {
                if (out.size() >= maxCount) {
                    throw Unsupported.INSTANCE;
                }
                stringInto(out);
            }
            if (!consume(',')) {
                expect(']');
                return;
            }
        }
    }

    /**
     * Copies strings of printable ASCII without escapes, each directly followed by a comma, into the Latin-1
     * {@code out}, as long as they come and fewer than {@code maxCount} are in {@code out}; a last such string not
     * followed by a comma is copied too, and then the result is true: a separator comes next. False when a value
     * comes next (none copied, or the last one followed by a comma).
     */
    private boolean asciiRun(TextColumn out, int maxCount) {
        byte[] b = buf;
        int n = out.charCount();
        // the texts of the rest of the line are shorter than the line: one capacity check for them all
        byte[] dst = out.latin1Room(end - pos);
        int[] ends = out.ends();
        int size = out.size();
        int p = pos;
        boolean separatorNext = false;
        while (p < end && b[p] == '"' && size < maxCount) {
            int i = p + 1;
            int start = n;
            int c = 0;
            while (i < end) {
                c = b[i];
                if (c < 0x20 || c == '"' || c == '\\') {
                    break;
                }
                dst[n++] = (byte) c;
                i++;
            }
            if (c != '"' || i >= end || n - start >= MAX_STRING - 1) {
                n = start;
                break;
            }
            if (size == ends.length) {
                ends = out.growEnds();
            }
            ends[size++] = n;
            p = i + 1;
            if (p < end && b[p] == ',') {
                p++;
            } else {
                separatorNext = true;
                break;
            }
        }
        out.sync(n, size);
        pos = p;
        return separatorNext;
    }

    /**
     * The position of the closing quote of a string of printable ASCII without escapes whose chars start at
     * {@code from}, or -1 when the string needs {@link #decode}.
     */
    private int asciiEnd(int from) {
        int stop = Math.min(end, from + MAX_STRING - 1);
        byte[] b = buf;
        for (int i = from; i < stop; i++) {
            int c = b[i];
            if (c == '"') {
                return i;
            }
            if (c < 0x20 || c == '\\') {
                return -1;
            }
        }
        return -1;
    }

    /** Reads a string and appends it to {@code out} as one text. */
    void stringInto(TextColumn out) {
        out.add(text, 0, decode());
    }

    /** Reads a string, decoding its chars into {@link #text}; returns their count. */
    private int decode() {
        expect('"');
        char[] dst = text;
        int n = 0;
        int limit = MAX_STRING - 1;
        while (true) {
            if (pos >= end || n >= limit) {
                throw Unsupported.INSTANCE;
            }
            int b = buf[pos++];
            if (b == '"') {
                return n;
            }
            if (b >= 0x20 && b != '\\') {
                dst[n++] = (char) b;
            } else if (b == '\\') {
                dst[n++] = escape();
            } else if (b < 0) {
                n = utf8(b & 0xFF, dst, n);
            } else {
                throw Unsupported.INSTANCE;
            }
        }
    }

    private char escape() {
        if (pos >= end) {
            throw Unsupported.INSTANCE;
        }
        byte e = buf[pos++];
        switch (e) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (pos + 4 > end) {
                    throw Unsupported.INSTANCE;
                }
                int v = 0;
                for (int i = 0; i < 4; i++) {
                    v = (v << 4) | hex(buf[pos++]);
                }
                return (char) v;
            default:
                throw Unsupported.INSTANCE;
        }
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        throw Unsupported.INSTANCE;
    }

    /**
     * Decodes one strictly valid multi-byte UTF-8 sequence that starts with {@code lead} into {@code dst} at
     * {@code n} (which has room for two chars); returns the new end.
     */
    private int utf8(int lead, char[] dst, int n) {
        int cp;
        int more;
        int min;
        if (lead >= 0xC2 && lead <= 0xDF) {
            cp = lead & 0x1F;
            more = 1;
            min = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            cp = lead & 0x0F;
            more = 2;
            min = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            cp = lead & 0x07;
            more = 3;
            min = 0x10000;
        } else {
            throw Unsupported.INSTANCE;
        }
        if (pos + more > end) {
            throw Unsupported.INSTANCE;
        }
        for (int i = 0; i < more; i++) {
            int c = buf[pos++] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                throw Unsupported.INSTANCE;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            throw Unsupported.INSTANCE;
        }
        if (cp < 0x10000) {
            dst[n] = (char) cp;
            return n + 1;
        }
        dst[n] = Character.highSurrogate(cp);
        dst[n + 1] = Character.lowSurrogate(cp);
        return n + 2;
    }

    /** A float column entry: a number read to the float nearest its decimal (as Jackson does), NaN for null. */
    float floatOrNull() {
        if (consumeNull()) {
            return Float.NaN;
        }
        int start = pos;
        return scanNumber() ? (float) integralFrom(start) : Float.parseFloat(textFrom(start));
    }

    /** A number read to the double nearest its decimal (as Jackson does), or null. */
    @Nullable Double doubleOrNull() {
        if (consumeNull()) {
            return null;
        }
        int start = pos;
        return scanNumber() ? (double) integralFrom(start) : Double.parseDouble(textFrom(start));
    }

    /** The integer just scanned from {@code start}; over 10 chars, or a negative zero, goes to the full parser. */
    private long integralFrom(int start) {
        int len = pos - start;
        if (len > 10 || buf[start] == '-' && len > 1 && buf[start + 1] == '0') {
            throw Unsupported.INSTANCE;
        }
        return parseInt(start, pos);
    }

    /** The number just scanned from {@code start}, as text for the JDK's correctly rounding parsers. */
    private String textFrom(int start) {
        return new String(buf, start, pos - start, StandardCharsets.ISO_8859_1);
    }

    /** An integer in {@code [0, Integer.MAX_VALUE]}. */
    int count() {
        peek();
        int start = pos;
        if (!scanNumber() || pos - start > 10) {
            throw Unsupported.INSTANCE;
        }
        long v = parseInt(start, pos);
        if (v < 0 || v > Integer.MAX_VALUE || v == 0 && buf[start] == '-') {
            throw Unsupported.INSTANCE;
        }
        return (int) v;
    }

    /** {@code true}, {@code false} or null. */
    @Nullable Boolean booleanOrNull() {
        if (consumeNull()) {
            return null;
        }
        if (pos + 4 <= end && buf[pos] == 't' && buf[pos + 1] == 'r' && buf[pos + 2] == 'u' && buf[pos + 3] == 'e') {
            pos += 4;
            return Boolean.TRUE;
        }
        if (pos + 5 <= end && buf[pos] == 'f' && buf[pos + 1] == 'a' && buf[pos + 2] == 'l' && buf[pos + 3] == 's'
                && buf[pos + 4] == 'e') {
            pos += 5;
            return Boolean.FALSE;
        }
        throw Unsupported.INSTANCE;
    }

    @Nullable String stringOrNull() {
        return consumeNull() ? null : string();
    }

    /** A token id entry: an integer ≥ -1, or -1 for null. */
    int idOrNull() {
        if (consumeNull()) {
            return -1;
        }
        int start = pos;
        if (!scanNumber() || pos - start > 10) {
            throw Unsupported.INSTANCE;
        }
        long v = parseInt(start, pos);
        if (v < -1 || v > Integer.MAX_VALUE) {
            throw Unsupported.INSTANCE;
        }
        return (int) v;
    }

    /** Steps over a JSON number per RFC 8259; tells whether it had neither fraction nor exponent. */
    private boolean scanNumber() {
        peek();
        int start = pos;
        if (pos < end && buf[pos] == '-') {
            pos++;
        }
        int digits = digits();
        if (digits == 0 || digits > 1 && buf[pos - digits] == '0') {
            throw Unsupported.INSTANCE;
        }
        boolean integral = true;
        if (pos < end && buf[pos] == '.') {
            pos++;
            integral = false;
            if (digits() == 0) {
                throw Unsupported.INSTANCE;
            }
        }
        if (pos < end && (buf[pos] == 'e' || buf[pos] == 'E')) {
            pos++;
            integral = false;
            if (pos < end && (buf[pos] == '+' || buf[pos] == '-')) {
                pos++;
            }
            if (digits() == 0) {
                throw Unsupported.INSTANCE;
            }
        }
        if (pos - start > MAX_NUMBER) {
            throw Unsupported.INSTANCE;
        }
        return integral;
    }

    private int digits() {
        int start = pos;
        while (pos < end && buf[pos] >= '0' && buf[pos] <= '9') {
            pos++;
        }
        return pos - start;
    }

    private long parseInt(int from, int to) {
        boolean negative = buf[from] == '-';
        long v = 0;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            v = v * 10 + (buf[i] - '0');
        }
        return negative ? -v : v;
    }

    /**
     * Steps over the value that comes next, checking only its bracket structure; the full parser reads it
     * afterwards from the returned start. Strings are stepped over without decoding.
     */
    int skipValue(int maxDepth) {
        peek();
        int start = pos;
        int depth = 0;
        do {
            int b = peek();
            if (b < 0) {
                throw Unsupported.INSTANCE;
            }
            if (b == '{' || b == '[') {
                if (++depth > maxDepth) {
                    throw Unsupported.INSTANCE;
                }
                pos++;
            } else if (b == '}' || b == ']') {
                if (--depth < 0) {
                    throw Unsupported.INSTANCE;
                }
                pos++;
            } else if (b == '"') {
                skipString();
            } else {
                pos++;
                while (pos < end && isScalarByte(buf[pos])) {
                    pos++;
                }
            }
        } while (depth > 0);
        return start;
    }

    private static boolean isScalarByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b == '+' || b == '.' || b == 'E';
    }

    private void skipString() {
        pos++;
        while (pos < end) {
            byte b = buf[pos++];
            if (b == '"') {
                return;
            }
            if (b == '\\') {
                pos++;
            }
        }
        throw Unsupported.INSTANCE;
    }
}
