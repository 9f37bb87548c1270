package dev.exitscope.analysis.io.ollama;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.io.LogprobColumns;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.io.TraceSink;
import dev.exitscope.analysis.io.openai.FormatSniffing;
import dev.exitscope.analysis.io.openai.ResponseAssembly;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.analysis.trace.TraceMeta;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads Ollama's native API output: {@code /api/chat} ({@code message.content}, {@code message.thinking}) and
 * {@code /api/generate} (top-level {@code response}, {@code thinking}), as single responses or as streams of
 * objects one per line, in which a response ends with the object whose {@code done} is true. A JSON array of
 * objects is read the same way.
 *
 * <p>Tokens come from the top-level {@code logprobs} entries whenever a response has them — a chunk's entries may
 * hold thinking tokens that its text does not — and from splitting the text otherwise. The thinking text forms the
 * thinking block (see {@link ResponseAssembly#emit}). Trace ids are {@code <file stem>:<response index from
 * 0>}. An object with none of {@code message}, {@code response} and {@code done} is not Ollama's and is an error
 * naming the file, line and the fields found. Stateless and thread-safe.
 */
public final class OllamaImporter implements TraceImporter {
    @Override
    public String name() {
        return "ollama";
    }

    @Override
    public int sniff(String fileName, String head) {
        if (FormatSniffing.isNative(head) || FormatSniffing.startsWithEventLine(head)
                || !FormatSniffing.hasKey(head, "done") || !FormatSniffing.hasKey(head, "model")) {
            return 0;
        }
        boolean text = FormatSniffing.hasKey(head, "message") || FormatSniffing.hasKey(head, "response");
        if (!text) {
            return 0;
        }
        return FormatSniffing.hasKey(head, "created_at") ? 90 : 75;
    }

    @Override
    public void read(InputSource source, ImportOptions options, TraceSink sink) throws IOException {
        JsonSupport.read(source, options.limits(),
                p -> new Reader(source, p, options.limits().maxTokens(), sink).readAll());
    }

    /** Fields of which every Ollama response object or stream chunk has at least one. */
    private static final Set<String> OLLAMA_FIELDS = Set.of("message", "response", "done");

    /** Gathers the objects of one input into responses. */
    private static final class Reader {
        private final InputSource src;
        private final JsonParser p;
        private final int maxTokens;
        private final TraceSink sink;
        private final StringBuilder thinking = new StringBuilder();
        private final StringBuilder content = new StringBuilder();
        private LogprobColumns tokens;
        private boolean open;
        private @Nullable String model;
        private @Nullable String doneReason;
        private int responses;
        private int objects;

        Reader(InputSource src, JsonParser p, int maxTokens, TraceSink sink) {
            this.src = src;
            this.p = p;
            this.maxTokens = maxTokens;
            this.sink = sink;
            this.tokens = new LogprobColumns(src, maxTokens);
        }

        void readAll() throws IOException {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        readObject();
                    }
                } else {
                    readObject();
                }
            }
            if (open) {
                emit();
            }
            if (objects == 0) {
                throw JsonSupport.expected(src, p, "an Ollama /api/chat or /api/generate response object");
            }
        }

        private void readObject() throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw JsonSupport.expected(src, p, "an Ollama /api/chat or /api/generate response object");
            }
            JsonLocation start = p.currentTokenLocation();
            List<String> fields = new ArrayList<>();
            boolean ollama = false;
            objects++;
            open = true;
            boolean done = true;
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                fields.add(name);
                ollama |= OLLAMA_FIELDS.contains(name);
                switch (name) {
                    case "message":
                        readMessage();
                        break;
                    case "response":
                        append(content, "\"response\"");
                        break;
                    case "thinking":
                        append(thinking, "\"thinking\"");
                        break;
                    case "logprobs":
                        tokens.readEntries(p);
                        break;
                    case "done":
                        done = done();
                        break;
                    case "model":
                        model = JsonSupport.stringOrNull(src, p, "\"model\"");
                        break;
                    case "done_reason":
                        doneReason = JsonSupport.stringOrNull(src, p, "\"done_reason\"");
                        break;
                    default:
                        p.skipChildren();
                }
            }
            if (!ollama) {
                throw TraceInputException.at(src.displayName(), start.getLineNr(), start.getColumnNr(),
                        "expected an Ollama /api/chat or /api/generate response object (with \"message\","
                                + " \"response\" or \"done\"), found " + JsonSupport.describeFields(fields));
            }
            if (done) {
                emit();
            }
        }

        private void readMessage() throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return;
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw JsonSupport.expected(src, p, "\"message\" (an object)");
            }
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                if (name.equals("content")) {
                    append(content, "\"content\"");
                } else if (name.equals("thinking")) {
                    append(thinking, "\"thinking\"");
                } else {
                    p.skipChildren();
                }
            }
        }

        private void append(StringBuilder sb, String what) throws IOException {
            String s = JsonSupport.stringOrNull(src, p, what);
            if (s != null) {
                sb.append(s);
            }
        }

        private boolean done() throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE || t == JsonToken.VALUE_NULL) {
                return t != JsonToken.VALUE_FALSE;
            }
            throw JsonSupport.expected(src, p, "\"done\" (true or false)");
        }

        private void emit() {
            LogprobColumns t = tokens;
            tokens = new LogprobColumns(src, maxTokens);
            open = false;
            TraceMeta meta = TraceMeta.EMPTY.withModel(model);
            if (doneReason != null) {
                meta = meta.withExtra("finishReason", doneReason);
            }
            TraceBuilder b = new TraceBuilder(src.stem() + ":" + responses++, maxTokens).meta(meta);
            ResponseAssembly.emit(t, b, thinking.length() == 0 ? null : thinking.toString(),
                    content.length() == 0 ? null : content.toString(), p);
            sink.accept(t.build(b, p));
            thinking.setLength(0);
            content.setLength(0);
            model = null;
            doneReason = null;
        }
    }
}
