package dev.exitscope.analysis.signals;

import java.util.Locale;

/** What a reasoning step does, from keyword lists (PUMA's step labels). */
public enum StepType {
    SETUP, CALCULATE, DOUBT, VERIFY, CONCLUDE, GENERAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
