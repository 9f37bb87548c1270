package dev.exitscope.analysis.signals.steps;

import dev.exitscope.analysis.io.FieldMapping;
import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.signals.IncrementalRunner;
import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.StepEnded;
import dev.exitscope.analysis.text.TextTokenizer;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds small traces token by token and reads the sample corpora, for the signal tests. */
public final class TestTraces {
    public static final String MARCO = "/data/marco-o1-cot/CoT_demo.first80.json";
    public static final String QWEN = "/data/qwen25-math-maj8/math_cot_100.first30.jsonl";

    private TestTraces() {
    }

    /** A trace whose tokens are exactly {@code tokens}. */
    public static Trace of(String... tokens) {
        return of(Question.UNKNOWN, tokens);
    }

    public static Trace of(Question q, String... tokens) {
        TraceBuilder b = new TraceBuilder("t").question(q);
        for (String t : tokens) {
            b.addToken(t, Float.NaN);
        }
        return b.build();
    }

    /** A trace with one token per char of {@code text}. */
    public static Trace chars(String text) {
        TraceBuilder b = new TraceBuilder("chars");
        for (int i = 0; i < text.length(); i++) {
            b.addToken(text.substring(i, i + 1), Float.NaN);
        }
        return b.build();
    }

    /** A trace split by the plain-text tokenizer. */
    public static Trace tokenized(String text) {
        return new TraceBuilder("words").addTokens(TextTokenizer.split(text)).build();
    }

    /** The first {@code n} tokens of {@code t} as a trace of their own. */
    public static Trace cut(Trace t, int n) {
        TraceBuilder b = new TraceBuilder(t.id()).question(t.question());
        for (int i = 0; i < n; i++) {
            b.addToken(t.tokenText(i), t.logprob(i));
        }
        return b.build();
    }

    public static List<SignalEvent> run(Trace t, IncrementalSignal s) {
        return IncrementalRunner.run(t, List.of(s));
    }

    public static List<StepEnded> steps(Trace t, IncrementalSignal s) {
        return only(StepEnded.class, run(t, s));
    }

    public static <T> List<T> only(Class<T> type, List<SignalEvent> events) {
        List<T> out = new ArrayList<>();
        for (SignalEvent e : events) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }

    /** Traces of a sample corpus read through the standard importers with a jsonl preset. */
    public static List<Trace> sample(String resource, String preset) throws IOException {
        Path p;
        try {
            p = Path.of(Objects.requireNonNull(TestTraces.class.getResource(resource), resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Trace> out = new ArrayList<>();
        Importers.standard().read(InputSource.of(p),
                ImportOptions.DEFAULT.withMapping(FieldMapping.parse("preset=" + preset)), out::add);
        return out;
    }
}
