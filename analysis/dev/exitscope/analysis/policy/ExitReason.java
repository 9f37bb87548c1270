package dev.exitscope.analysis.policy;

import java.util.Locale;

/** Why a policy exited (or {@link #NONE}: it never fired). */
public enum ExitReason {
    BUDGET, THRESHOLD, CONFIDENT, CONSISTENT, LOOP, HARM, FIRST_FINISH, CANDIDATE, NONE;

    /** The name used in JSON and CSV output ({@code first-finish}, …). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
