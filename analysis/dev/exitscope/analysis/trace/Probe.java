package dev.exitscope.analysis.trace;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An extra model call on a prefix of the trace: a trial answer (DEER, PUMA), an answer probe (Dynasor), a forced
 * exit, a LYNX probe probability or a PRM score. {@code at} is the prefix length in tokens: the probe saw tokens
 * {@code [0, at)}. {@code out} holds the probe's own generated tokens so any confidence rule can be recomputed.
 *
 * @param p a probability the probe itself produced (LYNX's probe output, a PRM score), null when absent
 */
public record Probe(String kind, int at, @Nullable String answer, @Nullable Double confidence, @Nullable String text,
                    List<ProbeToken> out, @Nullable Boolean correct, @Nullable Double p) {

    /** Probe kinds the native format defines. */
    public static final Set<String> KINDS = Set.of("deer", "dynasor", "puma", "lynx", "forced", "prm");

    public Probe {
        kind = kind.toLowerCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown probe kind '" + kind + "', expected one of " + KINDS);
        }
        if (at < 0) {
            throw new IllegalArgumentException("probe prefix length must be >= 0: " + at);
        }
        out = List.copyOf(out);
    }

    /** Tokens this probe generated; its cost when a policy consumes it. */
    public int costTokens() {
        return out.size();
    }
}
