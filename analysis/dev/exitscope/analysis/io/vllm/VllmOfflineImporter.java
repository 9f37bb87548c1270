package dev.exitscope.analysis.io.vllm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.io.TraceSink;
import dev.exitscope.analysis.io.openai.FormatSniffing;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.analysis.trace.TraceMeta;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads vLLM offline-inference results ({@code LLM.generate} {@code RequestOutput}s) dumped to JSON. vLLM has no
 * JSON form of its own, so this is the shape accepted — the objects' attributes under their Python names:
 * <pre>{@code
 * [{"request_id": "0", "prompt": "…", "prompt_token_ids": [1, 2],
 *   "outputs": [{"index": 0, "text": "…", "token_ids": [785, 4226],
 *                "cumulative_logprob": -0.61,
 *                "logprobs": [{"785": {"logprob": -0.11, "rank": 1, "decoded_token": "The"},
 *                              "576": {"logprob": -2.4, "rank": 2, "decoded_token": "This"}},
 *                             {"4226": {"logprob": -0.5, "rank": 1, "decoded_token": " answer"}}],
 *                "finish_reason": "stop"}]}]
 * }</pre>
 * A JSON array of such objects, one object, or one per line (JSON Lines). {@code logprobs} holds one map per
 * generated token from token id (a string) to {@code {logprob, rank, decoded_token}}; the sampled token is the
 * entry whose id is {@code token_ids} at that position, whatever its rank. The top-k row is the map's entries
 * ordered by rank, keeping ranks up to k, where k is the smallest map size in the output (vLLM adds the sampled
 * token as an extra entry when it falls outside the top k). Without {@code logprobs} the text is split into
 * tokens. Each output is a trace named by {@code request_id} (else {@code <file stem>:<request index from 0>}); with
 * several outputs, {@code :<index>} is appended and the traces form a group. Any {@code <think>} block is found
 * from its tags. Stateless and thread-safe.
 */
public final class VllmOfflineImporter implements TraceImporter {
    @Override
    public String name() {
        return "vllm-offline";
    }

    @Override
    public int sniff(String fileName, String head) {
        if (FormatSniffing.isNative(head) || FormatSniffing.startsWithEventLine(head)
                || !FormatSniffing.hasKey(head, "outputs")) {
            return 0;
        }
        if (FormatSniffing.hasKey(head, "request_id") || FormatSniffing.hasKey(head, "cumulative_logprob")) {
            return 90;
        }
        return FormatSniffing.hasKey(head, "decoded_token") ? 80 : 0;
    }

    @Override
    public void read(InputSource source, ImportOptions options, TraceSink sink) throws IOException {
        JsonSupport.read(source, options.limits(),
                p -> new Reader(source, p, options.limits().maxTokens(), sink).readAll());
    }

    /** One pass over one input. */
    private static final class Reader {
        private final InputSource src;
        private final JsonParser p;
        private final int maxTokens;
        private final TraceSink sink;
        private int records;
        private int traces;

        Reader(InputSource src, JsonParser p, int maxTokens, TraceSink sink) {
            this.src = src;
            this.p = p;
            this.maxTokens = maxTokens;
            this.sink = sink;
        }

        void readAll() throws IOException {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        readRequest();
                    }
                } else {
                    readRequest();
                }
            }
            if (records == 0) {
                throw JsonSupport.expected(src, p, "a vLLM RequestOutput object");
            }
            if (traces == 0) {
                throw JsonSupport.error(src, p, "expected at least one output, found none");
            }
        }

        private void readRequest() throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw JsonSupport.expected(src, p, "a vLLM RequestOutput object");
            }
            int record = records++;
            String id = null;
            String prompt = null;
            List<VllmOutput> outputs = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "request_id":
                        id = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? p.getText()
                                : JsonSupport.stringOrNull(src, p, "\"request_id\"");
                        break;
                    case "prompt":
                        prompt = JsonSupport.stringOrNull(src, p, "\"prompt\"");
                        break;
                    case "outputs":
                        outputs = readOutputs();
                        break;
                    default:
                        p.skipChildren();
                }
            }
            if (outputs == null) {
                throw JsonSupport.error(src, p, "expected field \"outputs\" in the RequestOutput");
            }
            String requestId = id != null ? id : src.stem() + ":" + record;
            boolean grouped = outputs.size() > 1;
            for (VllmOutput o : outputs) {
                emit(o, requestId, grouped, prompt);
            }
        }

        private List<VllmOutput> readOutputs() throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw JsonSupport.expected(src, p, "\"outputs\" (a list)");
            }
            List<VllmOutput> out = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                VllmOutput o = new VllmOutput(src, p, maxTokens, out.size());
                o.read();
                out.add(o);
            }
            return out;
        }

        private void emit(VllmOutput o, String requestId, boolean grouped, @Nullable String prompt) {
            String id = grouped ? requestId + ":" + o.index : requestId;
            TraceMeta meta = TraceMeta.EMPTY;
            if (o.finishReason != null) {
                meta = meta.withExtra("finishReason", o.finishReason);
            }
            if (o.cumulativeLogprob != null) {
                meta = meta.withExtra("cumulativeLogprob", o.cumulativeLogprob);
            }
            TraceBuilder b = new TraceBuilder(id, maxTokens).meta(meta).prompt(prompt);
            if (grouped) {
                b.group(new GroupRef(requestId, o.index));
            }
            o.emit(b);
            sink.accept(o.tokens().build(b, p));
            traces++;
        }
    }
}
