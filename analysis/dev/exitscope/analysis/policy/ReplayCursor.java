package dev.exitscope.analysis.policy;

import dev.exitscope.analysis.signals.TraceSoFar;
import dev.exitscope.analysis.trace.Trace;

/**
 * The replay engine's view of a recorded trace that reveals one token at a time, like
 * {@link dev.exitscope.analysis.signals.TracePrefix}, but taking its entropies from a per-trace holder shared by
 * every configuration replayed on the trace (computed once, on first use). The text is a view, not a copy. Not
 * thread-safe.
 */
final class ReplayCursor implements TraceSoFar {
    private final ReplayTrace shared;
    private final Trace trace;
    private final String text;
    private int count;
    private final CharSequence view = new PrefixText();

    ReplayCursor(ReplayTrace shared) {
        this.shared = shared;
        this.trace = shared.trace();
        this.text = trace.text();
    }

    boolean advance() {
        if (count >= trace.tokenCount()) {
            return false;
        }
        count++;
        return true;
    }

    @Override
    public int tokenCount() {
        return count;
    }

    @Override
    public CharSequence text() {
        return view;
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
        return shared.entropy().entropy(i);
    }

    private void check(int i) {
        if (i >= count || i < 0) {
            throw new IndexOutOfBoundsException("token " + i + " not seen yet (" + count + " seen)");
        }
    }

    private final class PrefixText implements CharSequence {
        @Override
        public int length() {
            return trace.tokenStart(count);
        }

        @Override
        public char charAt(int index) {
            if (index >= length()) {
                throw new IndexOutOfBoundsException(index);
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            if (end > length()) {
                throw new IndexOutOfBoundsException(end);
            }
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.substring(0, length());
        }
    }
}
