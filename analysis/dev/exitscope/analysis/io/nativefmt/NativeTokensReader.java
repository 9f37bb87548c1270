package dev.exitscope.analysis.io.nativefmt;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.util.List;

/** Reads the {@code tokens} object of a native trace into {@link TokenColumns}. Stateless. */
final class NativeTokensReader {
    private NativeTokensReader() {
    }

    /** Reads the object at the cursor's current token; unknown fields are skipped. */
    static TokenColumns read(JsonCursor c) throws IOException {
        JsonLocation start = c.here();
        c.startObject("tokens");
        TokenColumns t = new TokenColumns();
        boolean sawText = false;
        String name;
        while ((name = c.nextField()) != null) {
            switch (name) {
                case "text":
                    t.text.clear();
                    readStrings(c, "tokens.text", t.text);
                    sawText = true;
                    break;
                case "logprob":
                    t.logprobAt = c.here();
                    t.logprob = readFloats(c, "tokens.logprob");
                    break;
                case "entropy":
                    t.entropyAt = c.here();
                    t.entropy = readFloats(c, "tokens.entropy");
                    break;
                case "id":
                    t.idsAt = c.here();
                    t.ids = readIds(c);
                    break;
                case "topK":
                    readTopK(c, t);
                    break;
                default:
                    c.skip();
            }
        }
        if (!sawText) {
            throw c.errorAt(start, "expected field \"text\" (the token texts) in tokens");
        }
        t.check(c);
        return t;
    }

    private static void readStrings(JsonCursor c, String field, TextColumn out) throws IOException {
        c.startArray(field);
        while (c.nextElement()) {
            c.checkRoom(out.size(), field);
            c.appendStringAt(field, out.size(), out);
        }
    }

    static FloatColumn readFloats(JsonCursor c, String field) throws IOException {
        c.startArray(field);
        FloatColumn col = new FloatColumn();
        while (c.nextElement()) {
            c.checkRoom(col.size(), field);
            col.add(c.floatAt(field, col.size()));
        }
        return col;
    }

    private static IntColumn readIds(JsonCursor c) throws IOException {
        c.startArray("tokens.id");
        IntColumn col = new IntColumn();
        while (c.nextElement()) {
            c.checkRoom(col.size(), "tokens.id");
            if (c.isNull()) {
                col.add(-1);
            } else {
                col.add(c.integer("tokens.id[" + col.size() + "]", -1));
            }
        }
        return col;
    }

    static void readTopK(JsonCursor c, TokenColumns t) throws IOException {
        JsonLocation start = c.here();
        c.startObject("tokens.topK");
        String name;
        while ((name = c.nextField()) != null) {
            switch (name) {
                case "k":
                    t.topK = c.integer("tokens.topK.k", 0);
                    break;
                case "text":
                    t.altTextAt = c.here();
                    t.altText.clear();
                    t.altRowLengths = readTextRows(c, t.altText);
                    break;
                case "logprob":
                    t.altLogprobAt = c.here();
                    t.altLogprob.clear();
                    t.altLogprobRowLengths = readLogprobRows(c, t.altLogprob);
                    break;
                default:
                    c.skip();
            }
        }
        if (t.altRowLengths == null) {
            throw c.errorAt(start, "expected field \"text\" (the alternatives' texts) in tokens.topK");
        }
        if (t.altLogprobRowLengths == null) {
            throw c.errorAt(start, "expected field \"logprob\" (the alternatives' logprobs) in tokens.topK");
        }
    }

    private static IntColumn readTextRows(JsonCursor c, List<String> out) throws IOException {
        c.startArray("tokens.topK.text");
        IntColumn rows = new IntColumn();
        while (c.nextElement()) {
            c.checkRoom(rows.size(), "tokens.topK.text");
            String field = "tokens.topK.text[" + rows.size() + "]";
            c.startArray(field);
            int n = 0;
            while (c.nextElement()) {
                c.checkRoom(n, field);
                out.add(c.stringAt(field, n++));
            }
            rows.add(n);
        }
        return rows;
    }

    private static IntColumn readLogprobRows(JsonCursor c, FloatColumn out) throws IOException {
        c.startArray("tokens.topK.logprob");
        IntColumn rows = new IntColumn();
        while (c.nextElement()) {
            c.checkRoom(rows.size(), "tokens.topK.logprob");
            String field = "tokens.topK.logprob[" + rows.size() + "]";
            c.startArray(field);
            int n = 0;
            while (c.nextElement()) {
                c.checkRoom(n, field);
                out.add(c.floatAt(field, n++));
            }
            rows.add(n);
        }
        return rows;
    }
}
