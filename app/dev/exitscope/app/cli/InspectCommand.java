package dev.exitscope.app.cli;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.TraceFiles;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.signals.redundancy.TextEmbedder;
import dev.exitscope.analysis.summary.SignalSummary;
import dev.exitscope.analysis.summary.TraceSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code exitscope inspect}: one summary line (or JSON object) per trace. */
@Command(name = "inspect", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Summarise every trace in the given files and folders.",
            "A folder means every trace file below it (.json .jsonl .ndjson .sse .txt, also .gz)."})
final class InspectCommand implements Callable<Integer> {
    private final ImporterRegistry registry;
    private final PrintWriter out;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--json", description = "Write {\"traces\":[…]} as JSON instead of a table.")
    boolean json;

    @Option(names = "--signals", description = "Add steps, cues, candidates, redundancy and path deviation.")
    boolean signals;

    @Option(names = "--embedder", paramLabel = "lexical|minilm|PATH", defaultValue = "minilm",
            description = "Sentence embedder for step redundancy with --signals (default: ${DEFAULT-VALUE}).")
    String embedder;

    @Option(names = "--cue-rule", paramLabel = "RULE", defaultValue = "word",
            description = "Cue matching rule with --signals: deer, lynx or word (default: ${DEFAULT-VALUE}).")
    String cueRule;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Trace files or folders.")
    List<Path> files = new ArrayList<>();

    InspectCommand(CliContext context) {
        this.registry = context.registry();
        this.out = context.out();
    }

    @Override
    public Integer call() throws IOException {
        ImportOptions options = input.toImportOptions();
        List<Path> paths = TraceFiles.expand(files);
        SignalOptions signalOptions = SignalOptions.defaults().withCueRule(SignalsCommand.CueRules.parse(cueRule));
        TextEmbedder emb = signals ? EmbedderChoice.open(embedder) : null;
        try {
            if (json) {
                try (SummaryJsonWriter w = new SummaryJsonWriter(out)) {
                    readAll(paths, options, signalOptions, emb, w::write);
                }
            } else {
                SummaryTableWriter table = new SummaryTableWriter(out);
                readAll(paths, options, signalOptions, emb, table::add);
                table.finish();
            }
        } finally {
            if (emb instanceof AutoCloseable c) {
                closeQuietly(c);
            }
        }
        return ExitScopeCli.OK;
    }

    private void readAll(List<Path> paths, ImportOptions options, SignalOptions signalOptions,
                         @Nullable TextEmbedder emb, java.util.function.BiConsumer<TraceSummary,
                         @Nullable SignalSummary> rows) throws IOException {
        for (Path p : paths) {
            InputSource src = InputSource.of(p);
            TraceImporter importer = registry.choose(src, options);
            registry.read(src, importer, options, t -> rows.accept(TraceSummary.of(t, p.toString(), importer.name()),
                    signals ? SignalSummary.of(SignalCache.compute(t, signalOptions, emb)) : null));
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(InspectCommand.class).debug("closing the embedder failed", e);
        }
    }
}
