package dev.exitscope.inference.embed;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a sentence-embedding ONNX graph takes and gives, read from its session: the inputs among
 * {@code input_ids}, {@code attention_mask}, {@code token_type_ids}, {@code position_ids} it declares (the first
 * two are required; only declared ones are fed) with their integer type, and the output holding the token vectors
 * ({@code token_embeddings} or {@code last_hidden_state} by name, else the first float output of rank 3) with its
 * hidden size (-1 if symbolic). Immutable.
 */
final class ModelSignature {
    static final String INPUT_IDS = "input_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String TOKEN_TYPE_IDS = "token_type_ids";
    static final String POSITION_IDS = "position_ids";
    private static final Set<String> KNOWN = Set.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS, POSITION_IDS);

    private final Set<String> inputs;
    private final boolean int32;
    private final String output;
    private final long hidden;

    private ModelSignature(Set<String> inputs, boolean int32, String output, long hidden) {
        this.inputs = inputs;
        this.int32 = int32;
        this.output = output;
        this.hidden = hidden;
    }

    /** Reads the signature, or explains in the exception's message why the graph is not a sentence embedder. */
    static ModelSignature read(OrtSession session, String source) throws ModelLoadException, OrtException {
        Map<String, NodeInfo> in = session.getInputInfo();
        Set<String> unknown = new TreeSet<>(in.keySet());
        unknown.removeAll(KNOWN);
        if (!unknown.isEmpty() || !in.containsKey(INPUT_IDS) || !in.containsKey(ATTENTION_MASK)) {
            throw new ModelLoadException(source, source + " is not a sentence-embedding model ExitScope can run: it"
                    + " takes the inputs " + new TreeSet<>(in.keySet()) + ", where input_ids and attention_mask"
                    + " (and optionally token_type_ids, position_ids) were expected");
        }
        boolean int32 = false;
        for (NodeInfo node : in.values()) {
            if (!(node.getInfo() instanceof TensorInfo)) {
                throw new ModelLoadException(source, source + ": input " + node.getName() + " is not a tensor");
            }
            OnnxJavaType type = ((TensorInfo) node.getInfo()).type;
            if (type == OnnxJavaType.INT32) {
                int32 = true;
            } else if (type != OnnxJavaType.INT64) {
                throw new ModelLoadException(source, source + ": input " + node.getName() + " has type " + type
                        + " where int64 or int32 token ids were expected");
            }
        }
        Map<String, NodeInfo> out = session.getOutputInfo();
        String chosen = null;
        long hidden = -1;
        for (String preferred : new String[] {"token_embeddings", "last_hidden_state"}) {
            if (chosen == null && out.containsKey(preferred) && isTokenStates(out.get(preferred))) {
                chosen = preferred;
            }
        }
        for (NodeInfo node : out.values()) {
            if (chosen == null && isTokenStates(node)) {
                chosen = node.getName();
            }
        }
        if (chosen == null) {
            throw new ModelLoadException(source, source + " has no output of token vectors [batch, tokens, hidden]"
                    + " (its outputs are " + out.keySet() + ")");
        }
        long[] shape = ((TensorInfo) out.get(chosen).getInfo()).getShape();
        hidden = shape[2];
        return new ModelSignature(Set.copyOf(in.keySet()), int32, chosen, hidden);
    }

    private static boolean isTokenStates(NodeInfo node) {
        if (!(node.getInfo() instanceof TensorInfo)) {
            return false;
        }
        TensorInfo info = (TensorInfo) node.getInfo();
        return info.type == OnnxJavaType.FLOAT && info.getShape().length == 3;
    }

    String output() {
        return output;
    }

    long hiddenSize() {
        return hidden;
    }

    Set<String> inputs() {
        return inputs;
    }

    /** The feeds for a padded batch of {@code rows × cols} token ids; the caller closes the tensors. */
    Map<String, OnnxTensor> feeds(OrtEnvironment env, long[] ids, long[] mask, long[] types, int rows, int cols)
            throws OrtException {
        Map<String, OnnxTensor> feeds = new LinkedHashMap<>();
        long[] shape = {rows, cols};
        try {
            feeds.put(INPUT_IDS, tensor(env, ids, shape));
            feeds.put(ATTENTION_MASK, tensor(env, mask, shape));
            if (inputs.contains(TOKEN_TYPE_IDS)) {
                feeds.put(TOKEN_TYPE_IDS, tensor(env, types, shape));
            }
            if (inputs.contains(POSITION_IDS)) {
                long[] positions = new long[rows * cols];
                for (int i = 0; i < positions.length; i++) {
                    positions[i] = i % cols;
                }
                feeds.put(POSITION_IDS, tensor(env, positions, shape));
            }
            return feeds;
        } catch (OrtException | RuntimeException e) {
            feeds.values().forEach(OnnxTensor::close);
            throw e;
        }
    }

    private OnnxTensor tensor(OrtEnvironment env, long[] values, long[] shape) throws OrtException {
        if (!int32) {
            return OnnxTensor.createTensor(env, LongBuffer.wrap(values), shape);
        }
        int[] narrow = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            narrow[i] = Math.toIntExact(values[i]);
        }
        return OnnxTensor.createTensor(env, IntBuffer.wrap(narrow), shape);
    }
}
