package dev.exitscope.analysis.signals.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The editable keyword lists that type a step (see {@link StepTyper} for how they are applied). Keywords are
 * lower-case substrings matched against the lower-cased step text; spaces inside a keyword count (PUMA lists
 * {@code "but "} with its trailing space so that "button" does not match). Immutable.
 *
 * <p>Text format read by {@link #parse(String)}, one list per line:
 * <pre>
 * # comment
 * doubt: wait, "but ", however, hmm
 * verify: check, verify
 * </pre>
 * Keys are {@code setup}, {@code calculate}, {@code doubt}, {@code verify}, {@code conclude} (any case). Words are
 * separated by commas and trimmed, unless written in double quotes, which keep their spaces. A key that is not
 * listed keeps its default list; a key followed by nothing clears its list. Blank lines and lines starting with
 * {@code #} are skipped.
 *
 * <p>The defaults follow the step labels of PUMA's {@code separate_steps.py} (giovanni-vaccarino/PUMA), with the
 * lists adjusted for this workbench (see {@code docs/signals.md}).
 */
public record StepKeywords(List<String> setup, List<String> calculate, List<String> doubt, List<String> verify,
                           List<String> conclude) {

    public StepKeywords {
        setup = lower(setup);
        calculate = lower(calculate);
        doubt = lower(doubt);
        verify = lower(verify);
        conclude = lower(conclude);
    }

    /** The default lists. */
    public static StepKeywords defaults() {
        return new StepKeywords(
                List.of("let's", "let us", "we need", "first", "given", "the problem"),
                List.of("compute", "calculate", "=", "multiply", "divided by", "add", "subtract"),
                List.of("wait", "but ", "however", "perhaps", "hmm", "maybe", "actually", "hold on"),
                List.of("check", "verify", "double-check", "confirm", "let me make sure", "plug"),
                List.of("therefore", "so the answer", "thus", "final answer", "\\boxed", "in conclusion"));
    }

    /**
     * Reads the text format described in the class comment over the defaults.
     *
     * @throws IllegalArgumentException naming the line when a line has no colon, an unknown key or an open quote
     */
    public static StepKeywords parse(String text) {
        List<List<String>> lists = new ArrayList<>(List.of(defaults().setup(), defaults().calculate(),
                defaults().doubt(), defaults().verify(), defaults().conclude()));
        String[] lines = text.split("\\R", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("line " + (n + 1) + ": expected 'key: word, word'");
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            int slot = List.of("setup", "calculate", "doubt", "verify", "conclude").indexOf(key);
            if (slot < 0) {
                throw new IllegalArgumentException("line " + (n + 1) + ": unknown key '" + key
                        + "' (setup, calculate, doubt, verify, conclude)");
            }
            lists.set(slot, words(line.substring(colon + 1), n + 1));
        }
        return new StepKeywords(lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4));
    }

    private static List<String> words(String s, int lineNo) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            if (i >= s.length()) {
                break;
            }
            String word;
            if (s.charAt(i) == '"') {
                int close = s.indexOf('"', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("line " + lineNo + ": unclosed quote");
                }
                word = s.substring(i + 1, close);
                int comma = s.indexOf(',', close);
                i = comma < 0 ? s.length() : comma + 1;
            } else {
                int comma = s.indexOf(',', i);
                int end = comma < 0 ? s.length() : comma;
                word = s.substring(i, end).strip();
                i = end + 1;
            }
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }

    private static List<String> lower(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }
}
