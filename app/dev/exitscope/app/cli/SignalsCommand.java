package dev.exitscope.app.cli;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.signals.CueRule;
import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.trace.Trace;
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

/** {@code exitscope signals TRACE [--id ID] --csv}: every per-token signal of one trace as CSV. */
@Command(name = "signals", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write one CSV row per token with every signal of one trace.",
            "Columns: index, text, logprob, entropy, entropyLower, entropyUpper, entropyApproximate, surprisal,",
            "margin, step, stepType, cue, candidate, rpdi, then one column per series (series:NAME)."})
final class SignalsCommand implements Callable<Integer> {
    private final ImporterRegistry registry;
    private final PrintWriter out;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--id", paramLabel = "ID", description = "Which trace of a corpus file.")
    String id;

    @Option(names = "--csv", description = "CSV output (the default and only format).")
    boolean csv;

    @Option(names = "--cue-rule", paramLabel = "RULE", defaultValue = "word",
            description = "Cue matching rule for the cue column: deer, lynx or word (default: ${DEFAULT-VALUE}).")
    String cueRule;

    @Parameters(paramLabel = "TRACE", arity = "1", description = "A trace file (or a corpus with --id).")
    Path file;

    SignalsCommand(CliContext context) {
        this.registry = context.registry();
        this.out = context.out();
    }

    @Override
    public Integer call() throws IOException {
        ImportOptions options = input.toImportOptions();
        Trace trace = pick(options);
        SignalOptions so = SignalOptions.defaults().withCueRule(CueRules.parse(cueRule));
        new SignalsCsvWriter(out).write(SignalCache.compute(trace, so, null));
        return ExitScopeCli.OK;
    }

    private Trace pick(ImportOptions options) throws IOException {
        List<Trace> found = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        registry.read(InputSource.of(file), options, t -> {
            if (id == null ? found.isEmpty() : t.id().equals(id)) {
                found.add(t);
            }
            if (ids.size() < 6) {
                ids.add(t.id());
            }
        });
        if (found.isEmpty()) {
            throw new UsageException(file + " has no trace with id '" + id + "' (ids: " + String.join(", ", ids)
                    + (ids.size() == 6 ? ", …" : "") + ")");
        }
        if (id == null && ids.size() > 1) {
            throw new UsageException(file + " holds several traces; pick one with --id (ids: "
                    + String.join(", ", ids) + (ids.size() == 6 ? ", …" : "") + ")");
        }
        return found.get(0);
    }

    /** Parses cue rule names. */
    static final class CueRules {
        private CueRules() {
        }

        static CueRule parse(String s) {
            for (CueRule r : CueRule.values()) {
                if (r.wireName().equalsIgnoreCase(s)) {
                    return r;
                }
            }
            throw new UsageException("unknown cue rule '" + s + "', expected deer, lynx or word");
        }
    }
}
