package dev.exitscope.analysis.signals.steps;

import dev.exitscope.analysis.signals.SignalEvent;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Sentence steps. A sentence ends at a run of {@code . ! ?} (closing quotes, brackets and {@code *} may follow)
 * that is followed by whitespace, at {@code 。！？} (no space needed in CJK text), and at every line break. A full
 * stop does not end a sentence inside a number ({@code 3.14}: no whitespace follows), after an abbreviation from
 * {@link #ABBREVIATIONS} ({@code e.g.}, {@code Dr.}), or after a list number that opens its line ({@code 1. }).
 * The next sentence, and so the next step, begins at the next non-whitespace char. Token ownership and timing as in
 * {@link Segmenter}; a full stop at the very end of the text is decided only when the next char arrives.
 * One instance follows one trace; not thread-safe.
 */
public final class SentenceSegmenter extends Segmenter {
    /** Words (lower case, without the final dot) after which a dot does not end a sentence. */
    public static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "dr", "mr", "mrs", "ms", "prof", "vs",
            "cf", "fig", "eq", "approx", "resp");
    private static final int MAX_ABBREVIATION = 8;
    private static final String CLOSERS = ")]\"'”’»*";

    private boolean newline;
    /** A terminator run was seen and no whitespace yet: whitespace now ends the sentence. */
    private boolean terminated;
    /** The sentence has ended; the next non-closer content char starts a new one. */
    private boolean ended;
    /** Whether the chars since the last terminator are closers only (no whitespace). */
    private boolean closerOnly;
    private int lineFirstContent = -1;

    public SentenceSegmenter() {
        this(StepTyper.defaults());
    }

    public SentenceSegmenter(StepTyper typer) {
        super(typer);
    }

    @Override
    boolean startsUnit(CharSequence text, int i) {
        if (newline) {
            return true;
        }
        return ended && !(closerOnly && CLOSERS.indexOf(text.charAt(i)) >= 0);
    }

    @Override
    void whitespace(char c) {
        if (c == '\n' || c == '\r') {
            newline = true;
            lineFirstContent = -1;
        }
        if (terminated) {
            ended = true;
            terminated = false;
        }
        closerOnly = false;
    }

    @Override
    void content(CharSequence text, int i, Consumer<SignalEvent> events) {
        char c = text.charAt(i);
        boolean startedUnit = newline || ended && !(closerOnly && CLOSERS.indexOf(c) >= 0);
        if (startedUnit) {
            ended = false;
            terminated = false;
        }
        newline = false;
        if (lineFirstContent < 0) {
            lineFirstContent = i;
        }
        if (c == '。' || c == '！' || c == '？') {
            ended = true;
            terminated = false;
            closerOnly = true;
        } else if (c == '!' || c == '?' || c == '.' && !abbreviationOrListNumber(text, i)) {
            terminated = true;
        } else if (terminated && CLOSERS.indexOf(c) >= 0 || ended && closerOnly && CLOSERS.indexOf(c) >= 0) {
            return;
        } else if (c != '.') {
            terminated = false;
        }
    }

    /** Whether the dot at {@code dot} follows an abbreviation or a list number opening its line. */
    private boolean abbreviationOrListNumber(CharSequence text, int dot) {
        int j = dot;
        while (j > 0 && dot - j < MAX_ABBREVIATION + 1) {
            char p = text.charAt(j - 1);
            if (!Character.isLetterOrDigit(p) && p != '.') {
                break;
            }
            j--;
        }
        if (j == dot) {
            return false;
        }
        String word = text.subSequence(j, dot).toString();
        if (word.startsWith(".")) {
            return false;
        }
        if (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return j == lineFirstContent && word.chars().allMatch(Character::isDigit);
    }
}
