package dev.exitscope.app.cli;

import dev.exitscope.analysis.io.FieldMapping;
import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ReadLimits;
import picocli.CommandLine.Option;

/** The options every command that reads traces shares. */
final class InputOptions {
    @Option(names = "--format", paramLabel = "NAME",
            description = "Read inputs as this format instead of detecting it (${COMPLETION-CANDIDATES}).",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = "--map", paramLabel = "SPEC",
            description = "Field mapping for JSON Lines corpora, e.g. question=problem,gold=answer,response=output;"
                    + " or preset=qwen25-math|zeroeval|marco-o1.")
    String map;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "4000000",
            description = "Refuse traces longer than N tokens (default: ${DEFAULT-VALUE}).")
    int maxTokens;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "200",
            description = "Refuse JSON nested deeper than N (default: ${DEFAULT-VALUE}, at most 10000).")
    int maxDepth;

    @Option(names = "--max-line-bytes", paramLabel = "N",
            description = "Refuse lines, records and plain text files longer than N bytes (default: a quarter of"
                    + " the maximum heap, at most 512 MiB).")
    Integer maxLineBytes;

    ImportOptions toImportOptions() {
        FieldMapping mapping = map == null ? null : FieldMapping.parse(map);
        if (maxTokens < 1) {
            throw new UsageException("--max-tokens must be >= 1, got " + maxTokens);
        }
        if (maxDepth < 4 || maxDepth > ReadLimits.MAX_DEPTH) {
            throw new UsageException("--max-depth must be between 4 and " + ReadLimits.MAX_DEPTH + ", got " + maxDepth);
        }
        ReadLimits limits = ReadLimits.DEFAULT.withMaxTokens(maxTokens).withMaxDepth(maxDepth);
        if (maxLineBytes != null) {
            if (maxLineBytes < 16) {
                throw new UsageException("--max-line-bytes must be >= 16");
            }
            limits = limits.withMaxRecordBytes(maxLineBytes);
        }
        return new ImportOptions(format, mapping, limits);
    }

    /** Completion candidates for --format. */
    static final class FormatNames extends java.util.ArrayList<String> {
        FormatNames() {
            super(dev.exitscope.analysis.io.Importers.standard().names());
        }
    }
}
