package dev.exitscope.analysis.io;

import org.jspecify.annotations.Nullable;

/**
 * How to read an input.
 *
 * @param format  importer name to use instead of sniffing, or null
 * @param mapping field mapping for JSON Lines corpora ({@code --map}), or null
 * @param limits  input bounds
 */
public record ImportOptions(@Nullable String format, @Nullable FieldMapping mapping, ReadLimits limits) {
    public static final ImportOptions DEFAULT = new ImportOptions(null, null, ReadLimits.DEFAULT);

    public ImportOptions withFormat(@Nullable String f) {
        return new ImportOptions(f, mapping, limits);
    }

    public ImportOptions withMapping(@Nullable FieldMapping m) {
        return new ImportOptions(format, m, limits);
    }

    public ImportOptions withLimits(ReadLimits l) {
        return new ImportOptions(format, mapping, l);
    }
}
