package dev.exitscope.app.cli;

import dev.exitscope.analysis.io.FileProblems;
import dev.exitscope.analysis.io.InputExhaustedError;
import dev.exitscope.analysis.io.TraceInputException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Turns exceptions from commands into one-line messages and exit codes. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private final PrintWriter err;

    ErrorHandler(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception thrown, CommandLine cmd, CommandLine.ParseResult parseResult) {
        for (Throwable c = thrown.getCause(); c != null; c = c.getCause()) {
            if (c instanceof InputExhaustedError || c instanceof OutOfMemoryError || c instanceof StackOverflowError) {
                return exhausted(err, "exitscope " + cmd.getCommandName(), (Error) c);
            }
        }
        Exception ex = thrown instanceof java.io.UncheckedIOException u ? u.getCause() : thrown;
        if (ex instanceof NoDisplayException) {
            err.println("exitscope " + cmd.getCommandName() + ": " + ex.getMessage());
            return ExitScopeCli.BAD_INPUT;
        }
        if (ex instanceof TraceInputException) {
            err.println(ex.getMessage());
            return ExitScopeCli.BAD_INPUT;
        }
        if (ex instanceof UsageException || ex instanceof IllegalArgumentException) {
            err.println("exitscope " + cmd.getCommandName() + ": " + ex.getMessage());
            return ExitScopeCli.BAD_INPUT;
        }
        if (ex instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            err.println(FileProblems.message(fs, fs.getFile()));
            return ExitScopeCli.BAD_INPUT;
        }
        if (ex instanceof java.io.IOException io) {
            err.println("exitscope " + cmd.getCommandName() + ": " + io.getMessage());
            return ExitScopeCli.BAD_INPUT;
        }
        err.println("exitscope " + cmd.getCommandName() + ": internal error: " + ex);
        if (Boolean.getBoolean("exitscope.debug")) {
            ex.printStackTrace(err);
        } else {
            err.println("(run with -Dexitscope.debug=true for details)");
        }
        return ExitScopeCli.INTERNAL_ERROR;
    }

    /**
     * Reports a JVM that ran out of heap or stack in one line: the input being read and its line, when it happened
     * while one was read, the size of the heap or the hint for the stack, and what to try; returns the
     * internal-error status.
     *
     * @param who the prefix of the message, {@code exitscope} or {@code exitscope COMMAND}
     * @param thrown an {@link OutOfMemoryError}, a {@link StackOverflowError}, or an {@link InputExhaustedError}
     */
    static int exhausted(PrintWriter err, String who, Error thrown) {
        String at = "";
        Error e = thrown;
        if (thrown instanceof InputExhaustedError x) {
            at = " (last input read: " + x.where() + ")";
            e = x.exhausted();
        }
        if (e instanceof StackOverflowError) {
            err.println(who + ": ran out of stack" + at + "; the input is nested too deeply for this thread's stack,"
                    + " try -Xss64m");
        } else {
            long heapMiB = Runtime.getRuntime().maxMemory() >> 20;
            err.println(who + ": ran out of memory" + at + " with a " + heapMiB + " MiB heap; try a larger one, e.g."
                    + " -Xmx" + Math.max(2 * heapMiB, 512) + "m (EXITSCOPE_JAVA_OPTS for target/exitscope)");
        }
        err.flush();
        return ExitScopeCli.INTERNAL_ERROR;
    }
}
