package dev.exitscope.app.cli;

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
        if (ex instanceof java.nio.file.NoSuchFileException nf) {
            err.println(nf.getFile() + ": no such file");
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
}
