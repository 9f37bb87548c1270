package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.policy.PolicyDescriptor;
import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.policy.PolicyParam;
import dev.exitscope.analysis.policy.PolicyParams;
import dev.exitscope.analysis.policy.PolicyRun;
import dev.exitscope.analysis.policy.rules.ConfiguredPolicy;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * LYNX (arXiv 2512.05325; farukakgul/LYNX), replayed from probe probabilities recorded at cue events. Events are
 * case-insensitive {@code hmm}, {@code wait}, {@code alternatively} in the thinking text; the event token is the
 * token where the match ends, and the forced exit there keeps the prefix that excludes it. The probability p of an
 * event is the series {@code lynx} at the event token, else the {@code p} of a {@code lynx} probe on that prefix.
 * The policy exits at the first event whose conformal prediction set ({@link LynxCalibration}) is exactly {1};
 * its answer is the {@code forced} probe on that prefix (else the {@code lynx} probe's answer). Thresholds come
 * from {@code calibration=FILE} (written by {@code exitscope calibrate lynx}) or from {@code qPos} and
 * {@code qNeg} given directly. Immutable and thread-safe; runs are not.
 */
public final class LynxPolicy extends ConfiguredPolicy {
    public static final String NAME = "lynx";
    public static final String KIND = "lynx";
    public static final String SERIES = "lynx";

    private final @Nullable LynxCalibration calibration;

    public LynxPolicy(PolicyParams params) {
        super(NAME, params);
        String file = params.text("calibration");
        String qPos = params.text("qPos");
        String qNeg = params.text("qNeg");
        if (!file.isEmpty() && (!qPos.isEmpty() || !qNeg.isEmpty())) {
            throw new IllegalArgumentException(NAME + ": give calibration=FILE or qPos and qNeg, not both");
        }
        if (!file.isEmpty()) {
            if (!java.nio.file.Files.isRegularFile(Path.of(file))) {
                throw new IllegalArgumentException(NAME + ": calibration file " + file + " not found");
            }
            try {
                calibration = LynxCalibration.read(Path.of(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (!qPos.isEmpty() || !qNeg.isEmpty()) {
            calibration = new LynxCalibration(Double.NaN, parse("qPos", qPos), parse("qNeg", qNeg), 0, 0, "params");
        } else {
            calibration = null;
        }
    }

    /** A configuration with thresholds in hand ({@code qPos}, {@code qNeg}). */
    public static LynxPolicy withThresholds(double qPos, double qNeg) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("calibration", "");
        values.put("qPos", Double.toString(qPos));
        values.put("qNeg", Double.toString(qNeg));
        return new LynxPolicy(new PolicyParams(values));
    }

    public static PolicyDescriptor descriptor() {
        return PolicyDescriptor.of(NAME, "LYNX: exit at the first cue whose conformal prediction set is exactly"
                        + " {correct}.",
                "LYNX (arXiv 2512.05325), farukakgul/LYNX; probe probabilities are the series lynx or"
                        + " lynx probes with p, thresholds from exitscope calibrate lynx",
                List.of("series:" + SERIES, "calibration"), List.of(
                        PolicyParam.text("calibration", "", "calib.json written by `exitscope calibrate lynx`"),
                        PolicyParam.text("qPos", "", "threshold on 1 - p for the correct class (instead of a file)"),
                        PolicyParam.text("qNeg", "", "threshold on p for the wrong class (instead of a file)")),
                LynxPolicy::new);
    }

    private static double parse(String name, String v) {
        try {
            double d = Double.parseDouble(v);
            if (d >= 0 && d <= 1) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(NAME + ": " + name + " must be a number in [0, 1], got '" + v + "'");
    }

    /** The thresholds, or null when none were given. */
    public @Nullable LynxCalibration calibration() {
        return calibration;
    }

    @Override
    public List<String> needs(Trace trace) {
        List<String> needs = new ArrayList<>();
        PolicyInputs inputs = new PolicyInputs(trace);
        if (!inputs.hasSeries(SERIES) && !hasProbabilityProbes(trace)) {
            needs.add("series:" + SERIES);
        }
        if (calibration == null) {
            needs.add("calibration");
        }
        return needs;
    }

    private static boolean hasProbabilityProbes(Trace trace) {
        return trace.probes().stream().anyMatch(p -> p.kind().equals(KIND) && p.p() != null);
    }

    @Override
    public String answerProbeKind() {
        return "forced";
    }

    @Override
    public PolicyRun start(PolicyInputs inputs) {
        if (calibration == null) {
            throw new IllegalStateException("lynx needs a calibration (calibration=FILE)");
        }
        return new LynxRun(inputs, calibration);
    }
}
