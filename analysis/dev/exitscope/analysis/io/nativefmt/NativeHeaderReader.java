package dev.exitscope.analysis.io.nativefmt;

import com.fasterxml.jackson.core.JsonLocation;
import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.trace.Decoding;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.TraceMeta;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Reads the small descriptive objects of a native trace: meta, question, group and decoding. Stateless. */
final class NativeHeaderReader {
    private NativeHeaderReader() {
    }

    static TraceMeta meta(JsonCursor c) throws IOException {
        if (c.isNull()) {
            return TraceMeta.EMPTY;
        }
        c.startObject("meta");
        String model = null;
        String source = null;
        String license = null;
        String datasetAnswer = null;
        Boolean datasetCorrect = null;
        boolean synthetic = false;
        Map<String, String> extra = Map.of();
        String name;
        while ((name = c.nextField()) != null) {
            switch (name) {
                case "model":
                    model = c.stringOrNull("meta.model");
                    break;
                case "source":
                    source = c.stringOrNull("meta.source");
                    break;
                case "license":
                    license = c.stringOrNull("meta.license");
                    break;
                case "datasetAnswer":
                    datasetAnswer = c.stringOrNull("meta.datasetAnswer");
                    break;
                case "datasetCorrect":
                    datasetCorrect = c.booleanOrNull("meta.datasetCorrect");
                    break;
                case "synthetic":
                    synthetic = Boolean.TRUE.equals(c.booleanOrNull("meta.synthetic"));
                    break;
                case "extra":
                    extra = extra(c);
                    break;
                default:
                    c.skip();
            }
        }
        return new TraceMeta(model, source, license, datasetAnswer, datasetCorrect, synthetic, extra);
    }

    private static Map<String, String> extra(JsonCursor c) throws IOException {
        if (c.isNull()) {
            return Map.of();
        }
        c.startObject("meta.extra");
        Map<String, String> m = new TreeMap<>();
        String name;
        while ((name = c.nextField()) != null) {
            c.checkRoom(m.size(), "meta.extra");
            m.put(name, c.string("meta.extra." + name));
        }
        return m;
    }

    static Question question(JsonCursor c) throws IOException {
        if (c.isNull()) {
            return Question.UNKNOWN;
        }
        c.startObject("question");
        String text = null;
        String gold = null;
        AnswerType type = null;
        String name;
        while ((name = c.nextField()) != null) {
            switch (name) {
                case "text":
                    text = c.stringOrNull("question.text");
                    break;
                case "gold":
                    gold = c.stringOrNull("question.gold");
                    break;
                case "answerType":
                    type = answerType(c);
                    break;
                default:
                    c.skip();
            }
        }
        return new Question(text, gold, type);
    }

    private static @Nullable AnswerType answerType(JsonCursor c) throws IOException {
        String what = "question.answerType (numeric, latex, mcq, code or text)";
        String s = c.stringOrNull(what);
        if (s == null) {
            return null;
        }
        AnswerType t = AnswerType.fromWire(s);
        if (t == null) {
            throw c.expected(what);
        }
        return t;
    }

    static @Nullable GroupRef group(JsonCursor c) throws IOException {
        if (c.isNull()) {
            return null;
        }
        c.startObject("group");
        JsonLocation start = c.here();
        String id = null;
        int sample = 0;
        String name;
        while ((name = c.nextField()) != null) {
            if (name.equals("id")) {
                id = c.string("group.id");
            } else if (name.equals("sample")) {
                sample = c.integer("group.sample", 0);
            } else {
                c.skip();
            }
        }
        if (id == null) {
            throw c.errorAt(start, "expected field \"id\" (the group id) in group");
        }
        return new GroupRef(id, sample);
    }

    static Decoding decoding(JsonCursor c) throws IOException {
        if (c.isNull()) {
            return Decoding.UNKNOWN;
        }
        c.startObject("decoding");
        Double temperature = null;
        Double topP = null;
        Long seed = null;
        Integer maxTokens = null;
        String name;
        while ((name = c.nextField()) != null) {
            switch (name) {
                case "temperature":
                    temperature = c.doubleOrNull("decoding.temperature");
                    break;
                case "topP":
                    topP = c.doubleOrNull("decoding.topP");
                    break;
                case "seed":
                    seed = c.longOrNull("decoding.seed");
                    break;
                case "maxTokens":
                    maxTokens = c.integerOrNull("decoding.maxTokens", 0);
                    break;
                default:
                    c.skip();
            }
        }
        return new Decoding(temperature, topP, seed, maxTokens);
    }
}
