package dev.exitscope.analysis.policy;

import java.util.List;
import java.util.Map;

/**
 * A configured stopping policy: a name, its parameters with values (defaults filled in), what it needs from a
 * trace, and fresh streaming runs. Immutable and thread-safe; runs are not.
 */
public interface StoppingPolicy {
    /** The CLI name ({@code budget}, {@code deer}, …). */
    String name();

    /** Every parameter with its value, in the documented order. */
    Map<String, String> params();

    /**
     * What {@code inputs} lack for the policy to run on them: values {@code logprobs}, {@code entropy},
     * {@code candidates}, {@code group}, {@code probes:KIND}, {@code series:NAME}, {@code calibration}. Empty when
     * the policy can run.
     */
    List<String> needs(PolicyInputs inputs);

    /** {@link #needs(PolicyInputs)} of a recorded trace's inputs. */
    default List<String> needs(dev.exitscope.analysis.trace.Trace trace) {
        return needs(PolicyInputs.of(trace));
    }

    /** The probe kind whose answer stands at this policy's exits ({@code forced} when it has none of its own). */
    default String answerProbeKind() {
        return "forced";
    }

    /** A fresh run over {@code inputs}' trace. */
    PolicyRun start(PolicyInputs inputs);
}
