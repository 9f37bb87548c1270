package dev.exitscope.analysis.io.nativefmt;

import dev.exitscope.analysis.io.ReadLimits;
import dev.exitscope.analysis.trace.FinalAnswer;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.TopK;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceMeta;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The reader's limits, applied to a trace before it is written, so that what ExitScope writes it can read back
 * with the same {@link ReadLimits}: no string longer than {@link ReadLimits#maxStringLength()}, no field name
 * (series names, keys of {@code meta.extra}) longer than {@link ReadLimits#MAX_NAME_LENGTH}, and no more tokens,
 * probes or probe output tokens than {@link ReadLimits#maxTokens()}. The bound on a corpus line is checked while
 * the line is written ({@link LineBoundStream}). Immutable and thread-safe.
 */
public final class ReadBackCheck {
    private final ReadLimits limits;

    public ReadBackCheck(ReadLimits limits) {
        this.limits = limits;
    }

    /** What in {@code t} a reader with these limits would refuse, in words, or null when it would read it all. */
    public @Nullable String problem(Trace t) {
        String p = string("the id", t.id());
        if (p == null) {
            p = meta(t.meta());
        }
        if (p == null) {
            p = question(t.question());
        }
        if (p == null) {
            GroupRef g = t.group();
            p = g == null ? null : string("the group id", g.id());
        }
        if (p == null) {
            p = string("the prompt", t.prompt());
        }
        if (p == null) {
            p = tokens(t);
        }
        if (p == null) {
            p = series(t);
        }
        if (p == null) {
            p = probes(t.probes());
        }
        if (p == null) {
            FinalAnswer f = t.finalAnswer();
            p = string("the final answer", f.answer());
        }
        return p;
    }

    private @Nullable String meta(TraceMeta m) {
        String p = firstOf(string("meta.model", m.model()), string("meta.source", m.source()),
                string("meta.license", m.license()), string("meta.datasetAnswer", m.datasetAnswer()));
        if (p != null) {
            return p;
        }
        for (Map.Entry<String, String> e : m.extra().entrySet()) {
            p = firstOf(name("the meta.extra key", e.getKey()), string("meta.extra value", e.getValue()));
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private @Nullable String question(Question q) {
        return firstOf(string("the question", q.text()), string("the gold answer", q.gold()));
    }

    private @Nullable String tokens(Trace t) {
        int n = t.tokenCount();
        if (n > limits.maxTokens()) {
            return count(n, "tokens");
        }
        for (int i = 0; i < n; i++) {
            int len = t.tokenEnd(i) - t.tokenStart(i);
            if (len > limits.maxStringLength()) {
                return tooLong("token " + i, len);
            }
        }
        TopK k = t.topK();
        if (k != null) {
            for (int i = 0; i < k.positions(); i++) {
                for (int j = 0; j < k.count(i); j++) {
                    String s = string("top-k alternative " + j + " of token " + i, k.text(i, j));
                    if (s != null) {
                        return s;
                    }
                }
            }
        }
        return null;
    }

    private @Nullable String series(Trace t) {
        for (String name : t.seriesNames()) {
            String p = name("the series name", name);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private @Nullable String probes(List<Probe> probes) {
        if (probes.size() > limits.maxTokens()) {
            return count(probes.size(), "probes");
        }
        for (int i = 0; i < probes.size(); i++) {
            Probe pr = probes.get(i);
            String label = "probe " + i;
            String p = firstOf(string(label + " kind", pr.kind()), string(label + " answer", pr.answer()),
                    string(label + " text", pr.text()));
            if (p != null) {
                return p;
            }
            if (pr.out().size() > limits.maxTokens()) {
                return count(pr.out().size(), label + " output tokens");
            }
            for (int j = 0; j < pr.out().size(); j++) {
                ProbeToken o = pr.out().get(j);
                p = string(label + " output token " + j, o.text());
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private @Nullable String string(String what, @Nullable String s) {
        return s != null && s.length() > limits.maxStringLength() ? tooLong(what, s.length()) : null;
    }

    private @Nullable String name(String what, String s) {
        long bytes = utf8Length(s);
        if (bytes <= ReadLimits.MAX_NAME_LENGTH) {
            return null;
        }
        return what + " \"" + s.substring(0, Math.min(20, s.length())) + "…\" is " + grouped(bytes)
                + " bytes long in UTF-8; ExitScope reads names of at most " + grouped(ReadLimits.MAX_NAME_LENGTH)
                + " bytes";
    }

    private String tooLong(String what, int length) {
        return what + " is " + grouped(length) + " characters long; ExitScope reads strings of at most "
                + grouped(limits.maxStringLength()) + " characters";
    }

    private String count(int n, String what) {
        return "it has " + grouped(n) + " " + what + "; ExitScope reads at most " + grouped(limits.maxTokens())
                + " (--max-tokens)";
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static @Nullable String firstOf(@Nullable String... problems) {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
