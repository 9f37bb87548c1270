package dev.exitscope.app.cli;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.TraceFiles;
import dev.exitscope.analysis.io.nativefmt.NativeFileSink;
import dev.exitscope.analysis.policy.attach.Attachments;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code exitscope attach}: merge series, probes and steps computed elsewhere into traces, by trace id. */
@Command(name = "attach", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Attach per-token series, probes and steps computed elsewhere to traces, by trace id, and"
                + " write the result in the native format.",
            "Series: CSV with the header id,token,value (tokens without a row are NaN) or JSON Lines"
                + " {\"id\":…,\"series\":{\"NAME\":[…]}} with one value per token.",
            "Probes: JSON Lines {\"id\":…,\"probes\":[…]} in the native probe shape.",
            "Steps: JSON Lines {\"id\":…,\"steps\":[\"text of step 1\",…]} (found in order in the reasoning) or"
                + " {\"id\":…,\"stepEnds\":[char offset,…]}, optionally with \"stepSeries\":{\"sim\":[one value"
                + " per step]}; stored as the segmentation 'attached' (series steps.attached, steps.attached.sim)."})
final class AttachCommand implements Callable<Integer> {
    private final ImporterRegistry registry;
    private final PrintWriter err;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--series", paramLabel = "NAME=FILE",
            description = "A series to attach as NAME, from a .csv or .jsonl FILE (repeatable).")
    List<String> series = new ArrayList<>();

    @Option(names = "--probes", paramLabel = "FILE", description = "Probes to add, from a .jsonl FILE (repeatable).")
    List<Path> probes = new ArrayList<>();

    @Option(names = "--steps", paramLabel = "FILE",
            description = "Steps to attach as the segmentation 'attached', from a .jsonl FILE (repeatable).")
    List<Path> steps = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
            description = "The native file to write (.trace.json or .traces.jsonl, optionally .gz).")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "Do not report what was attached.")
    boolean quiet;

    @Parameters(paramLabel = "TRACES", arity = "1..*", description = "Trace files or folders.")
    List<Path> files = new ArrayList<>();

    AttachCommand(CliContext context) {
        this.registry = context.registry();
        this.err = context.err();
    }

    @Override
    public Integer call() throws IOException {
        if (series.isEmpty() && probes.isEmpty() && steps.isEmpty()) {
            throw new UsageException("give at least one --series NAME=FILE, --probes FILE or --steps FILE");
        }
        Attachments attachments = new Attachments();
        for (String s : series) {
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw new UsageException("--series takes NAME=FILE, got '" + s + "'");
            }
            attachments.addSeries(s.substring(0, eq), Path.of(s.substring(eq + 1)));
        }
        for (Path p : probes) {
            attachments.addProbes(p);
        }
        for (Path p : steps) {
            attachments.addSteps(p);
        }
        ImportOptions options = input.toImportOptions();
        int[] changed = new int[1];
        try (NativeFileSink sink = new NativeFileSink(output, options.limits())) {
            for (Path p : TraceFiles.expand(files)) {
                registry.read(InputSource.of(p), options, t -> {
                    dev.exitscope.analysis.trace.Trace out = attachments.apply(t);
                    if (out != t) {
                        changed[0]++;
                    }
                    sink.accept(out);
                });
            }
            attachments.checkAllUsed();
            sink.commit();
            if (!quiet) {
                err.println("attached to " + changed[0] + " of " + sink.count()
                        + (sink.count() == 1 ? " trace" : " traces") + "; wrote " + output);
            }
        }
        return ExitScopeCli.OK;
    }
}
