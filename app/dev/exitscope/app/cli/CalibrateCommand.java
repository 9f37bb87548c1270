package dev.exitscope.app.cli;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.TraceFiles;
import dev.exitscope.analysis.policy.probes.LynxCalibration;
import dev.exitscope.analysis.policy.probes.LynxEvents;
import dev.exitscope.analysis.policy.probes.LynxRank;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code exitscope calibrate lynx}: LYNX's class-conditional split-conformal thresholds from labelled events. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Calibrate a policy's thresholds on a calibration corpus and write them as JSON.",
            "lynx: events are lynx probes carrying p and correct, or the series lynx at LYNX cue tokens paired with"
                + " the forced probe on the prefix before the cue token (carrying correct). Writes qPos and qNeg"
                + " such that, per event, P(exit | forced answer wrong) <= delta under exchangeability."})
final class CalibrateCommand implements Callable<Integer> {
    private final ImporterRegistry registry;
    private final PrintWriter err;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--delta", paramLabel = "D", required = true,
            description = "Target miscoverage: the per-event exit rate allowed among wrong forced answers.")
    String delta;

    @Option(names = "--rank", paramLabel = "MODE", defaultValue = "strict",
            description = "When the conformal rank exceeds a class size: strict (default) stores 1.0, so the class is"
                    + " always in the set; authors clamps to the largest score, as LYNX's conformal_quantile does.")
    String rank;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "The JSON file to write.")
    Path output;

    @Parameters(index = "0", paramLabel = "METHOD", description = "What to calibrate: lynx.")
    String method;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "CORPUS", description = "Trace files or folders.")
    List<Path> files = new ArrayList<>();

    CalibrateCommand(CliContext context) {
        this.registry = context.registry();
        this.err = context.err();
    }

    @Override
    public Integer call() throws IOException {
        if (!method.equals("lynx")) {
            throw new UsageException("unknown method '" + method + "'; valid: lynx");
        }
        double d = delta(delta);
        LynxRank mode;
        try {
            mode = LynxRank.of(rank);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--rank must be strict or authors, got '" + rank + "'");
        }
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UsageException("-o " + output + ": the folder " + output.getParent()
                    + " does not exist (calibrate does not create folders)");
        }
        if (Files.isDirectory(output)) {
            throw new UsageException("-o " + output + ": is a folder, expected a .json file to write");
        }
        ImportOptions options = input.toImportOptions();
        LynxEvents events = new LynxEvents();
        List<Path> paths = TraceFiles.expand(files);
        for (Path p : paths) {
            registry.read(InputSource.of(p), options, events::add);
        }
        if (events.size() == 0) {
            throw new UsageException("no calibration events: need lynx probes with p and correct, or the series lynx"
                    + " with forced probes carrying correct at LYNX cues");
        }
        String source = paths.stream().map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", "));
        LynxCalibration c = events.calibrate(d, mode, source);
        c.write(output);
        err.println("calibrated on " + events.size() + " events (" + c.nPos() + " correct, " + c.nNeg()
                + " wrong): qPos " + c.qPos() + ", qNeg " + c.qNeg() + " (rank " + mode.wireName() + "); wrote "
                + output + emptyClass(c));
        return ExitScopeCli.OK;
    }

    /** The value of {@code --delta}, which must be a number strictly between 0 and 1 as a double. */
    private static double delta(String text) {
        double d;
        try {
            d = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--delta must be a number in (0, 1), got '" + text + "'");
        }
        if (!(d > 0 && d < 1)) {
            String asDouble = String.valueOf(d).equals(text.strip()) ? "" : " (" + d + " as a double)";
            throw new UsageException("--delta must be in (0, 1), got " + text.strip() + asDouble);
        }
        return d;
    }

    /** What an empty class means for LYNX, said after the summary; empty when both classes have events. */
    private static String emptyClass(LynxCalibration c) {
        if (c.nNeg() == 0) {
            return "; no wrong events, so qNeg is 1.0 and LYNX never exits";
        }
        if (c.nPos() == 0) {
            return "; no correct events, so qPos is 1.0 and LYNX exits wherever p > qNeg";
        }
        return "";
    }
}
