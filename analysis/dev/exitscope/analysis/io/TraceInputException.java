package dev.exitscope.analysis.io;

import org.jspecify.annotations.Nullable;

/**
 * Malformed or unsupported input. The message always has the form {@code FILE:LINE:COLUMN: what was expected}
 * or {@code FILE: record N: what was expected} (records count from 1), ready to show to a user as it is.
 */
public final class TraceInputException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;
    private final long record;
    private final String problem;

    private TraceInputException(String file, int line, int column, long record, String problem,
                                @Nullable Throwable cause) {
        super(format(file, line, column, record, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.record = record;
        this.problem = problem;
    }

    /** An error at a line and column (1-based) of a file. */
    public static TraceInputException at(String file, int line, int column, String problem) {
        return new TraceInputException(file, Math.max(1, line), Math.max(1, column), -1, problem, null);
    }

    /** An error in record {@code record} (1-based) of a corpus file. */
    public static TraceInputException inRecord(String file, long record, String problem) {
        return new TraceInputException(file, -1, -1, record, problem, null);
    }

    /** An error about a file as a whole (unreadable, unknown format). */
    public static TraceInputException ofFile(String file, String problem) {
        return new TraceInputException(file, -1, -1, -1, problem, null);
    }

    /** Same error, with the record number added when it was not known where it was raised. */
    public TraceInputException withRecord(long rec) {
        if (record >= 0) {
            return this;
        }
        return new TraceInputException(file, line, column, rec, problem, getCause());
    }

    private static String format(String file, int line, int column, long record, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (record >= 0) {
            sb.append("record ").append(record).append(": ");
        }
        return sb.append(problem).toString();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public long record() {
        return record;
    }

    public String problem() {
        return problem;
    }
}
