package dev.exitscope.analysis.signals.combined;

import dev.exitscope.analysis.signals.CueRule;
import dev.exitscope.analysis.signals.candidates.TextSignals;
import dev.exitscope.analysis.signals.deviation.PathDeviation;
import dev.exitscope.analysis.signals.redundancy.RedundancySettings;

/**
 * Parameters of a signal computation. Part of the cache key, so a change of any of them recomputes.
 *
 * @param text           segmenter, keyword lists, cue lists, thinking-only
 * @param rpdiWindow     W of path deviation
 * @param rpdiMinTokens  no path deviation before this many tokens
 * @param rpdiBoundaries characters that make a token a boundary
 * @param redundancy     K and τ of step redundancy
 * @param cueRule        the rule whose cues summaries report ({@code inspect --signals}, the CSV)
 */
public record SignalOptions(TextSignals.Options text, int rpdiWindow, int rpdiMinTokens, String rpdiBoundaries,
                            RedundancySettings redundancy, CueRule cueRule) {

    public static SignalOptions defaults() {
        return new SignalOptions(TextSignals.Options.defaults(), PathDeviation.DEFAULT_WINDOW,
                PathDeviation.DEFAULT_WINDOW, PathDeviation.DEFAULT_BOUNDARIES, RedundancySettings.PUMA, CueRule.WORD);
    }

    public SignalOptions withText(TextSignals.Options t) {
        return new SignalOptions(t, rpdiWindow, rpdiMinTokens, rpdiBoundaries, redundancy, cueRule);
    }

    public SignalOptions withCueRule(CueRule rule) {
        return new SignalOptions(text, rpdiWindow, rpdiMinTokens, rpdiBoundaries, redundancy, rule);
    }
}
