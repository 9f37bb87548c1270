package dev.exitscope.analysis.io.llamacpp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.io.LogprobColumns;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.io.TraceSink;
import dev.exitscope.analysis.io.openai.EventData;
import dev.exitscope.analysis.io.openai.EventStreamLines;
import dev.exitscope.analysis.io.openai.FormatSniffing;
import dev.exitscope.analysis.io.openai.ResponseAssembly;
import dev.exitscope.analysis.trace.Decoding;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.analysis.trace.TraceMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads llama.cpp server {@code /completion} responses requested with {@code n_probs}: one response object, a JSON
 * array of them, or a stream of objects one per line (optionally as {@code data: } event lines, those of one
 * event joined with {@code \n} as in {@link EventData}), in which a response ends with the object whose
 * {@code stop} is true. Per-token {@code completion_probabilities} entries may have any of the server's three
 * shapes (see {@link LogprobColumns}); token {@code id}s are kept. Without probabilities the {@code content} is
 * split into tokens. Any {@code <think>} block is found from its tags. Trace ids are
 * {@code <file stem>:<response index from 0>}. An object with neither {@code content} nor probabilities is not
 * llama.cpp's and is an error naming the file, line and the fields found. Stateless and thread-safe.
 */
public final class LlamaCppImporter implements TraceImporter {
    @Override
    public String name() {
        return "llamacpp";
    }

    @Override
    public int sniff(String fileName, String head) {
        if (FormatSniffing.isNative(head)) {
            return 0;
        }
        if (FormatSniffing.hasKey(head, "completion_probabilities")) {
            return 95;
        }
        boolean content = FormatSniffing.hasKey(head, "content") && FormatSniffing.hasKey(head, "stop");
        if (content && (FormatSniffing.hasKey(head, "tokens_predicted") || FormatSniffing.hasKey(head, "id_slot")
                || FormatSniffing.hasKey(head, "generation_settings"))) {
            return 70;
        }
        return 0;
    }

    @Override
    public void read(InputSource source, ImportOptions options, TraceSink sink) throws IOException {
        JsonFactory f = JsonSupport.factory(options.limits());
        String start = new String(source.head(64), StandardCharsets.UTF_8).stripLeading();
        Reader r = new Reader(source, options.limits().maxTokens(), sink);
        try (InputStream in = source.open()) {
            if (start.startsWith("data:") || start.startsWith("\uFEFFdata:") || start.startsWith(":")
                    || start.startsWith("\uFEFF:")) {
                readEventLines(source, f, options, in, r);
            } else {
                try (JsonParser p = JsonSupport.parser(f, in)) {
                    p.enable(JsonParser.Feature.USE_FAST_DOUBLE_PARSER);
                    try {
                        r.readValues(p);
                        r.finish(p);
                    } catch (JsonProcessingException e) {
                        throw JsonSupport.wrap(source, e, 0, p);
                    }
                }
            }
        }
    }

    private static void readEventLines(InputSource src, JsonFactory f, ImportOptions options, InputStream in,
                                       Reader r) throws IOException {
        EventData events = new EventData(in, src, options.limits().maxRecordBytes());
        EventStreamLines lines = events.lines();
        EventData.Item item;
        while ((item = events.next()) != null) {
            if (item == EventData.Item.DONE || item == EventData.Item.OTHER && events.isFieldOrComment()) {
                continue;
            }
            boolean value = item == EventData.Item.VALUE;
            byte[] bytes = value ? events.bytes() : lines.bytes();
            int length = value ? events.length() : lines.length();
            try (JsonParser p = f.createParser(bytes, 0, length)) {
                p.enable(JsonParser.Feature.USE_FAST_DOUBLE_PARSER);
                try {
                    r.readValues(p);
                } catch (JsonProcessingException e) {
                    throw JsonSupport.wrap(src, e, 0, p);
                }
            } catch (TraceInputException t) {
                throw value ? events.relocate(t)
                        : TraceInputException.at(t.file(), lines.number(), t.column(), t.problem());
            }
        }
        try (JsonParser end = f.createParser(new byte[0])) {
            r.finish(end);
        } catch (TraceInputException t) {
            throw TraceInputException.at(t.file(), Math.max(1, lines.number()), 1, t.problem());
        }
    }

    /** Fields of which every llama.cpp response object or stream chunk has at least one. */
    private static final Set<String> LLAMA_FIELDS = Set.of("content", "completion_probabilities", "probs", "stop");

    /** Gathers the objects of one input into responses. */
    private static final class Reader {
        private final InputSource src;
        private final int maxTokens;
        private final TraceSink sink;
        private LogprobColumns tokens;
        private final StringBuilder content = new StringBuilder();
        private boolean sawProbabilities;
        private boolean open;
        private @Nullable String model;
        private @Nullable String prompt;
        private @Nullable String stopType;
        private Decoding decoding = Decoding.UNKNOWN;
        private int responses;
        private int objects;

        Reader(InputSource src, int maxTokens, TraceSink sink) {
            this.src = src;
            this.maxTokens = maxTokens;
            this.sink = sink;
            this.tokens = new LogprobColumns(src, maxTokens);
        }

        /** Reads every top-level value the parser holds. */
        void readValues(JsonParser p) throws IOException {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        readObject(p);
                    }
                } else {
                    readObject(p);
                }
            }
        }

        /** Emits a response the input left open (a stream cut before its last object). */
        void finish(JsonParser p) {
            if (open) {
                emit(p);
            }
            if (objects == 0) {
                throw JsonSupport.expected(src, p, "a llama.cpp /completion response object");
            }
        }

        private void readObject(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw JsonSupport.expected(src, p, "a llama.cpp /completion response object");
            }
            JsonLocation start = p.currentTokenLocation();
            List<String> fields = new ArrayList<>();
            boolean llama = false;
            objects++;
            open = true;
            boolean stop = true;
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                fields.add(name);
                llama |= LLAMA_FIELDS.contains(name);
                switch (name) {
                    case "content":
                        String c = JsonSupport.stringOrNull(src, p, "\"content\"");
                        content.append(c == null ? "" : c);
                        break;
                    case "completion_probabilities":
                    case "probs":
                        tokens.readEntries(p);
                        sawProbabilities = true;
                        break;
                    case "stop":
                        stop = bool(p, "\"stop\"");
                        break;
                    case "model":
                        model = JsonSupport.stringOrNull(src, p, "\"model\"");
                        break;
                    case "prompt":
                        prompt = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : skip(p);
                        break;
                    case "stop_type":
                        stopType = JsonSupport.stringOrNull(src, p, "\"stop_type\"");
                        break;
                    case "generation_settings":
                        decoding = LlamaSettings.read(src, p);
                        break;
                    default:
                        p.skipChildren();
                }
            }
            if (!llama) {
                throw TraceInputException.at(src.displayName(), start.getLineNr(), start.getColumnNr(),
                        "expected a llama.cpp /completion response object (with \"content\" or"
                                + " \"completion_probabilities\"), found " + JsonSupport.describeFields(fields));
            }
            if (stop) {
                emit(p);
            }
        }

        private void emit(JsonParser p) {
            LogprobColumns t = tokens;
            tokens = new LogprobColumns(src, maxTokens);
            TraceMeta meta = TraceMeta.EMPTY.withModel(model);
            if (stopType != null) {
                meta = meta.withExtra("finishReason", stopType);
            }
            TraceBuilder b = new TraceBuilder(src.stem() + ":" + responses++, maxTokens)
                    .meta(meta).prompt(prompt).decoding(decoding);
            if (sawProbabilities) {
                t.emit(b, p);
            } else {
                ResponseAssembly.emit(t, b, null, content.toString(), p);
            }
            sink.accept(t.build(b, p));
            open = false;
            content.setLength(0);
            sawProbabilities = false;
            model = null;
            prompt = null;
            stopType = null;
            decoding = Decoding.UNKNOWN;
        }

        private @Nullable String skip(JsonParser p) throws IOException {
            p.skipChildren();
            return null;
        }

        private boolean bool(JsonParser p, String what) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE || t == JsonToken.VALUE_NULL) {
                return t != JsonToken.VALUE_FALSE;
            }
            throw JsonSupport.expected(src, p, what + " (true or false)");
        }
    }
}
