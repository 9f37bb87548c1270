package dev.exitscope.analysis.answer;

import java.util.Locale;

/** How a question's gold answer is to be compared. */
public enum AnswerType {
    NUMERIC, LATEX, MCQ, CODE, TEXT;

    /** The lower-case name used in the native format. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; returns null for an unknown name. */
    public static @org.jspecify.annotations.Nullable AnswerType fromWire(String s) {
        for (AnswerType t : values()) {
            if (t.wireName().equals(s)) {
                return t;
            }
        }
        return null;
    }
}
