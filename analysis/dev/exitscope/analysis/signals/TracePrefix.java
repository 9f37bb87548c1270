package dev.exitscope.analysis.signals;

import dev.exitscope.analysis.signals.entropy.EntropyColumns;
import dev.exitscope.analysis.signals.entropy.EntropySignal;
import dev.exitscope.analysis.trace.Trace;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TraceSoFar} over a recorded trace that reveals one token at a time ({@link #advance()}). The text is a
 * view, not a copy. Per-token entropies are computed for the whole trace on first use (or handed in): each depends
 * only on its own token, so this reveals nothing ahead. Not thread-safe.
 */
public final class TracePrefix implements TraceSoFar {
    private final Trace trace;
    private @Nullable EntropyColumns entropy;
    private final java.util.function.@Nullable Supplier<EntropyColumns> entropySource;
    private final String fullText;
    private int count;
    /** Chars of the tokens seen: {@code trace.tokenStart(count)}. */
    private int length;
    /** The strings {@link #indexOf} was asked for lately, where each search started, and what it found. */
    private static final int NEEDLES = 4;
    private final @Nullable String[] needles = new String[NEEDLES];
    private final int[] searchedFrom = new int[NEEDLES];
    private final int[] hits = new int[NEEDLES];
    private int nextSlot;
    private final CharSequence view = new PrefixText();

    public TracePrefix(Trace trace) {
        this.trace = trace;
        this.fullText = trace.text();
        this.entropySource = null;
    }

    /**
     * A prefix whose entropies come, on first use, from {@code source} — columns shared by several runs over the
     * same trace, so a run that never reads entropy never has them computed.
     */
    public TracePrefix(Trace trace, java.util.function.Supplier<EntropyColumns> source) {
        this.trace = trace;
        this.fullText = trace.text();
        this.entropySource = source;
    }

    /** A prefix whose entropies come from columns already computed for this trace. */
    public TracePrefix(Trace trace, EntropyColumns entropy) {
        if (entropy.size() != trace.tokenCount()) {
            throw new IllegalArgumentException("entropy columns of another trace");
        }
        this.trace = trace;
        this.fullText = trace.text();
        this.entropy = entropy;
        this.entropySource = null;
    }

    /** Reveals the next token; false when the trace has no more. */
    public boolean advance() {
        if (count >= trace.tokenCount()) {
            return false;
        }
        count++;
        length = trace.tokenStart(count);
        return true;
    }

    /**
     * Reveals tokens up to {@code n} seen at once (not past the trace's end); returns the tokens seen. For a driver
     * that knows nothing can happen before token count {@code n}.
     */
    public int advanceTo(int n) {
        int to = Math.min(n, trace.tokenCount());
        if (to > count) {
            count = to;
            length = trace.tokenStart(count);
        }
        return count;
    }

    /** Reveals the next token if fewer than {@code limit} are seen and the trace has more; false otherwise. */
    public boolean advanceWithin(int limit) {
        return count < limit && advance();
    }

    @Override
    public int tokenCount() {
        return count;
    }

    @Override
    public CharSequence text() {
        return view;
    }

    /**
     * Searches the trace's text once per occurrence: for each of the last few strings asked for, the next occurrence
     * is kept, so asking again after each token costs nothing until the text seen reaches it. Only occurrences that
     * lie entirely within the tokens seen are returned.
     */
    @Override
    public int indexOf(String s, int from) {
        int hit = nextOccurrence(s, from);
        return hit >= 0 && hit + s.length() <= length ? hit : -1;
    }

    /**
     * Looks ahead in the recorded text: the token count at which the next occurrence of {@code s} that starts at or
     * after char {@code from} lies entirely within the tokens seen (the count that reveals its last char), or
     * {@link Integer#MAX_VALUE} when the rest of the trace holds none. For a driver that must not reveal more than
     * a signal could have seen before acting; {@code s} is not empty.
     */
    public int tokensToSee(String s, int from) {
        int hit = nextOccurrence(s, from);
        return hit < 0 ? Integer.MAX_VALUE : trace.tokenAtChar(hit + s.length() - 1) + 1;
    }

    /** The first occurrence of {@code s} in the whole text at or after {@code from}, through the search cache. */
    private int nextOccurrence(String s, int from) {
        int start = Math.max(0, from);
        int slot = 0;
        while (slot < NEEDLES && !s.equals(needles[slot])) {
            slot++;
        }
        if (slot == NEEDLES) {
            slot = nextSlot;
            nextSlot = (nextSlot + 1) % NEEDLES;
            needles[slot] = s;
            searchedFrom[slot] = Integer.MAX_VALUE;
        }
        int hit = hits[slot];
        if (start < searchedFrom[slot] || hit >= 0 && hit < start) {
            searchedFrom[slot] = start;
            hit = fullText.indexOf(s, start);
            hits[slot] = hit;
        }
        return hit;
    }

    @Override
    public int tokenStart(int i) {
        if (i > count) {
            throw new IndexOutOfBoundsException("token " + i + " not seen yet (" + count + " seen)");
        }
        return trace.tokenStart(i);
    }

    @Override
    public float logprob(int i) {
        check(i);
        return trace.logprob(i);
    }

    @Override
    public double entropy(int i) {
        check(i);
        if (entropy == null) {
            entropy = entropySource != null ? entropySource.get() : EntropySignal.compute(trace);
        }
        return entropy.entropy(i);
    }

    private void check(int i) {
        if (i >= count) {
            throw new IndexOutOfBoundsException("token " + i + " not seen yet (" + count + " seen)");
        }
    }

    private final class PrefixText implements CharSequence {
        @Override
        public int length() {
            return length;
        }

        @Override
        public boolean isEmpty() {
            return length == 0;
        }

        @Override
        public char charAt(int index) {
            if (index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return fullText.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            if (end > length) {
                throw new IndexOutOfBoundsException(end);
            }
            return fullText.subSequence(start, end);
        }

        @Override
        public String toString() {
            return fullText.substring(0, length);
        }
    }
}
