package dev.exitscope.analysis.signals;

/**
 * A step closed. It spans tokens {@code [start, end)}; {@code token()} is {@code end - 1}, its last token.
 *
 * @param index the step's number in the trace, from 0
 */
public record StepEnded(int index, int start, int end, StepType type) implements SignalEvent {
    @Override
    public int token() {
        return end - 1;
    }
}
