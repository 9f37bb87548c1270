package dev.exitscope.analysis.signals.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The step segmenters by name, for options and the command line: {@code paragraph}, {@code line}, {@code sentence},
 * {@code puma} (PUMA's semantic merging, {@link PumaSegmenter}) and {@code puma-size} (paragraphs merged by size
 * only, {@link PumaSizeSegmenter}).
 */
public enum SegmenterKind {
    PARAGRAPH, LINE, SENTENCE, PUMA, PUMA_SIZE;

    /** The name used in options: lower case, {@code _} as {@code -}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every wire name, in declaration order. */
    public static List<String> wireNames() {
        List<String> out = new ArrayList<>();
        for (SegmenterKind k : values()) {
            out.add(k.wireName());
        }
        return List.copyOf(out);
    }

    /**
     * The kind called {@code name} (its wire name, any case).
     *
     * @throws IllegalArgumentException naming the accepted names
     */
    public static SegmenterKind of(String name) {
        for (SegmenterKind k : values()) {
            if (k.wireName().equalsIgnoreCase(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown segmenter '" + name + "' (" + String.join(", ", wireNames())
                + ")");
    }

    /** A fresh segmenter of this kind; {@code minChars}/{@code maxChars} apply to the two PUMA kinds only. */
    public Segmenter create(StepTyper typer, int minChars, int maxChars) {
        switch (this) {
            case LINE:
                return new LineSegmenter(typer);
            case SENTENCE:
                return new SentenceSegmenter(typer);
            case PUMA:
                return new PumaSegmenter(typer, minChars, maxChars);
            case PUMA_SIZE:
                return new PumaSizeSegmenter(typer, minChars, maxChars);
            default:
                return new ParagraphSegmenter(typer);
        }
    }

    /** A fresh segmenter of this kind with PUMA's default sizes. */
    public Segmenter create(StepTyper typer) {
        return create(typer, PumaSegmenter.DEFAULT_MIN_CHARS, PumaSegmenter.DEFAULT_MAX_CHARS);
    }
}
