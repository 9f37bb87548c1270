package dev.exitscope.analysis.io.openai;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.io.TraceSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads streaming OpenAI-compatible chat transcripts: server-sent events whose {@code data:} lines each hold one
 * {@code chat.completion.chunk}, ending with {@code data: [DONE]}. The {@code data:} lines of one event are joined
 * with {@code \n} before the chunk is parsed ({@link EventData}). Blank lines, comments and {@code event:},
 * {@code id:} and {@code retry:} lines are ignored; several streams may follow one another.
 *
 * <p>A choice's deltas ({@code content}, and reasoning as {@code reasoning} or {@code reasoning_content}) and the
 * tokens in its per-chunk {@code logprobs.content[]} are gathered in stream order; the trace is then formed as for
 * a whole chat completion (see {@link OpenAiChatImporter}): reasoning that arrived in its own field is the thinking
 * block. Errors name the transcript line and the column within it. Stateless and thread-safe.
 */
public final class OpenAiSseImporter implements TraceImporter {
    @Override
    public String name() {
        return "openai-sse";
    }

    @Override
    public int sniff(String fileName, String head) {
        if (!FormatSniffing.startsWithEventLine(head) || !head.contains("data:")) {
            return 0;
        }
        if (head.contains("chat.completion.chunk")) {
            return 98;
        }
        if (FormatSniffing.hasKey(head, "choices") && FormatSniffing.hasKey(head, "delta")) {
            return 80;
        }
        return 40;
    }

    @Override
    public void read(InputSource source, ImportOptions options, TraceSink sink) throws IOException {
        JsonFactory f = JsonSupport.factory(options.limits());
        try (InputStream in = source.open()) {
            new Reader(source, f, options, in, sink).readAll();
        }
    }

    /** One pass over one transcript. */
    private static final class Reader {
        private final InputSource src;
        private final JsonFactory factory;
        private final int maxTokens;
        private final EventData events;
        private final EventStreamLines lines;
        private final TraceSink sink;
        private final TreeMap<Integer, ChoiceState> choices = new TreeMap<>();
        private @Nullable String streamId;
        private @Nullable String model;
        private int streams;
        private int traces;
        private boolean sawData;

        Reader(InputSource src, JsonFactory factory, ImportOptions options, InputStream in, TraceSink sink) {
            this.src = src;
            this.factory = factory;
            this.maxTokens = options.limits().maxTokens();
            this.events = new EventData(in, src, options.limits().maxRecordBytes());
            this.lines = events.lines();
            this.sink = sink;
        }

        void readAll() throws IOException {
            EventData.Item item;
            while ((item = events.next()) != null) {
                if (item == EventData.Item.OTHER) {
                    checkOtherLine();
                } else if (item == EventData.Item.DONE) {
                    sawData = true;
                    endStream(lines.dataOffset());
                } else {
                    sawData = true;
                    readChunk();
                }
            }
            endStream(1);
            if (traces == 0) {
                throw TraceInputException.at(src.displayName(), Math.max(1, lines.number()), 1, sawData
                        ? "the stream holds no tokens (no chunk had a choice)"
                        : "expected data: lines holding chat.completion.chunk objects, found none");
            }
        }

        private void checkOtherLine() {
            if (lines.isBlank() || lines.length() > 0 && lines.bytes()[0] == ':') {
                return;
            }
            String text = new String(lines.bytes(), 0, Math.min(lines.length(), 40),
                    java.nio.charset.StandardCharsets.UTF_8);
            if (text.startsWith("event:") || text.startsWith("id:") || text.startsWith("retry:")) {
                return;
            }
            throw TraceInputException.at(src.displayName(), lines.number(), 1,
                    "expected a \"data:\" line, found \"" + text + "\"");
        }

        private void readChunk() throws IOException {
            try (JsonParser p = factory.createParser(events.bytes(), 0, events.length())) {
                p.enable(JsonParser.Feature.USE_FAST_DOUBLE_PARSER);
                try {
                    if (p.nextToken() != JsonToken.START_OBJECT) {
                        throw JsonSupport.expected(src, p, "a chat.completion.chunk object");
                    }
                    readChunkFields(p);
                    if (p.nextToken() != null) {
                        throw JsonSupport.expected(src, p, "the end of the event after the chunk");
                    }
                } catch (JsonProcessingException e) {
                    throw JsonSupport.wrap(src, e, 0, p);
                }
            } catch (TraceInputException e) {
                throw events.relocate(e);
            }
        }

        private void readChunkFields(JsonParser p) throws IOException {
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "id":
                        String id = JsonSupport.stringOrNull(src, p, "\"id\"");
                        if (streamId == null) {
                            streamId = id;
                        }
                        break;
                    case "model":
                        String m = JsonSupport.stringOrNull(src, p, "\"model\"");
                        if (model == null) {
                            model = m;
                        }
                        break;
                    case "choices":
                        readChoices(p);
                        break;
                    case "error":
                        JsonLocation at = p.currentTokenLocation();
                        throw TraceInputException.at(src.displayName(), at.getLineNr(), at.getColumnNr(),
                                "the server sent an error: " + ServerError.read(p));
                    default:
                        p.skipChildren();
                }
            }
        }

        private void readChoices(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw JsonSupport.expected(src, p, "\"choices\" (a list)");
            }
            int position = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw JsonSupport.expected(src, p, "a choice (an object)");
                }
                readChoice(p, position++);
            }
        }

        /** Reads a chunk's choice into the stream's state for its index (the position when it has none). */
        private void readChoice(JsonParser p, int position) throws IOException {
            int index = position;
            ChoiceState c = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "index":
                        index = OpenAiFields.choiceIndex(src, p);
                        if (c != null && c.index != index) {
                            throw JsonSupport.error(src, p, "expected \"index\" before the choice's delta");
                        }
                        break;
                    case "delta":
                    case "message":
                        c = c != null ? c : target(index);
                        OpenAiFields.readMessage(src, p, c, name);
                        break;
                    case "logprobs":
                        c = c != null ? c : target(index);
                        OpenAiFields.readLogprobs(src, p, c.tokens);
                        break;
                    case "finish_reason":
                        c = c != null ? c : target(index);
                        String finish = JsonSupport.stringOrNull(src, p, "\"finish_reason\"");
                        if (finish != null) {
                            c.finishReason = finish;
                        }
                        break;
                    default:
                        p.skipChildren();
                }
            }
        }

        private ChoiceState target(int index) {
            return choices.computeIfAbsent(index, i -> new ChoiceState(i, src, maxTokens));
        }

        private void endStream(int column) throws IOException {
            int record = streams++;
            if (choices.isEmpty()) {
                streamId = null;
                model = null;
                return;
            }
            String id = streamId != null ? streamId : src.stem() + ":" + record;
            List<ChoiceState> all = new ArrayList<>(choices.values());
            try (JsonParser p = factory.createParser(new byte[0])) {
                for (ChoiceState c : all) {
                    sink.accept(c.build(id, all.size() > 1, model, p));
                    traces++;
                }
            } catch (TraceInputException e) {
                throw TraceInputException.at(src.displayName(), Math.max(1, lines.number()), column, e.problem());
            }
            choices.clear();
            streamId = null;
            model = null;
        }
    }
}
