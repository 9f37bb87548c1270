package dev.exitscope.analysis.signals;

import java.util.Locale;

/**
 * How cue words are matched against the text.
 * <ul>
 *   <li>{@link #DEER}: the case-sensitive string {@code Wait} (DEER's stop string, vllm-deer.py);</li>
 *   <li>{@link #LYNX}: case-insensitive substrings (LYNX's event detection);</li>
 *   <li>{@link #WORD}: case-insensitive whole words (word boundaries on both sides).</li>
 * </ul>
 */
public enum CueRule {
    DEER, LYNX, WORD;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
