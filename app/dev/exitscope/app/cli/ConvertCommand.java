package dev.exitscope.app.cli;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.TraceFiles;
import dev.exitscope.analysis.io.nativefmt.NativeFileSink;
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

/** {@code exitscope convert}: any readable input to the native format, streamed trace by trace. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert traces to the native format.",
            "OUT ending in .trace.json takes exactly one trace; .traces.jsonl takes any number; add .gz to compress.",
            "The output file is replaced only when the whole conversion succeeded."})
final class ConvertCommand implements Callable<Integer> {
    private final ImporterRegistry registry;
    private final PrintWriter err;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
            description = "The native file to write (.trace.json or .traces.jsonl, optionally .gz).")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "Do not report the number of traces written.")
    boolean quiet;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Trace files or folders.")
    List<Path> files = new ArrayList<>();

    ConvertCommand(CliContext context) {
        this.registry = context.registry();
        this.err = context.err();
    }

    @Override
    public Integer call() throws IOException {
        ImportOptions options = input.toImportOptions();
        List<Path> paths = TraceFiles.expand(files);
        try (NativeFileSink sink = new NativeFileSink(output, options.limits())) {
            for (Path p : paths) {
                registry.read(InputSource.of(p), options, sink);
            }
            sink.commit();
            if (!quiet) {
                err.println("wrote " + sink.count() + (sink.count() == 1 ? " trace" : " traces") + " to " + output);
            }
        }
        return ExitScopeCli.OK;
    }
}
