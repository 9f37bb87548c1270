package dev.exitscope.analysis.io.jsonl;

import com.fasterxml.jackson.core.JsonFactory;
import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.io.TraceSink;
import dev.exitscope.analysis.trace.TokenLimitException;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;

/**
 * Where a record converter is: the input, the options, the current record number (from 1), and the sink. Builds
 * traces under the token limit and turns every problem into a {@code FILE: record N: …} error. Not thread-safe.
 */
final class RecordContext {
    private final InputSource source;
    private final ImportOptions options;
    private final TraceSink sink;
    private final JsonFactory factory;
    private long record;

    RecordContext(InputSource source, ImportOptions options, TraceSink sink) {
        this.source = source;
        this.options = options;
        this.sink = sink;
        this.factory = JsonSupport.factory(options.limits());
    }

    void startRecord(long number) {
        this.record = number;
    }

    long record() {
        return record;
    }

    ImportOptions options() {
        return options;
    }

    JsonFactory factory() {
        return factory;
    }

    /**
     * The id used when a record has none: {@code <file stem>:<record index>}, the index counting from 0 like every
     * other importer's (error messages count records from 1).
     */
    String fallbackId() {
        return source.stem() + ":" + (record - 1);
    }

    TraceBuilder builder(String id) {
        return new TraceBuilder(id, options.limits().maxTokens());
    }

    /** Freezes {@code b} and hands the trace to the sink; builder failures become record errors. */
    void emit(TraceBuilder b) {
        Trace t;
        try {
            t = b.build();
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
        sink.accept(t);
    }

    /** Runs {@code body}, turning a token-limit overflow into a record error. */
    void guard(Runnable body) {
        try {
            body.run();
        } catch (TokenLimitException e) {
            throw error("trace has " + e.getMessage());
        }
    }

    TraceInputException error(String problem) {
        return TraceInputException.inRecord(source.displayName(), record, problem);
    }
}
