package dev.exitscope.inference.run;

/**
 * Receives the tokens of a generation in order, on the engine's thread. Returning false asks the engine to stop
 * after this token (live stopping); the generation then ends with {@link FinishReason#POLICY}.
 */
@FunctionalInterface
public interface TokenListener {
    boolean onToken(GeneratedToken token);
}
