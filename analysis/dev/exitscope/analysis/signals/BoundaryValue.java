package dev.exitscope.analysis.signals;

/** A value a signal measured at a boundary token (path deviation at {@code . \n ; ? ! ,}, for instance). */
public record BoundaryValue(int token, String signal, double value) implements SignalEvent {
}
