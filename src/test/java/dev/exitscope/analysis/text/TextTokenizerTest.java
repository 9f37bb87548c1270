package dev.exitscope.analysis.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTokenizerTest {

    @Test
    void wordsAndNumbersTakeAtMostOneLeadingSpace() {
        assertEquals(List.of("Hello", " world", " 42", "  ", " x"), TextTokenizer.split("Hello world 42   x"));
    }

    @Test
    void lettersAndDigitsAreSeparateRuns() {
        assertEquals(List.of("abc", "123", "def"), TextTokenizer.split("abc123def"));
    }

    @Test
    void eachCjkKanaOrHangulCharIsItsOwnToken() {
        assertEquals(List.of("数", "学", "か", "ナ", "한"), TextTokenizer.split("数学かナ한"));
    }

    @Test
    void newlineRunsAndOtherWhitespaceRunsAreTokens() {
        assertEquals(List.of("a", "\n\r\n", "b", "\t\t", "c"), TextTokenizer.split("a\n\r\nb\t\tc"));
    }

    @Test
    void otherCharsAreSingleTokens() {
        assertEquals(List.of("<", "think", ">", "x", "=", "1", ".", "?"), TextTokenizer.split("<think>x=1.?"));
    }

    @Test
    void emojiSurrogatePairStaysWhole() {
        assertEquals(List.of("ok", "😀", "😀", "!"), TextTokenizer.split("ok😀😀!"));
    }

    @Test
    void spaceBeforePunctuationIsItsOwnToken() {
        assertEquals(List.of("a", " ", "(", "b", ")"), TextTokenizer.split("a (b)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", "a  b\r\n\r\nc", "数学 is fun, 😀 ok.\n", "<think>\n2+2=4</think> 4",
            "tab\there  \u00a0nbsp", "e\u0301t\u00e9", "x \n y"})
    void tokensConcatenateBackToTheInput(String s) {
        assertEquals(s, String.join("", TextTokenizer.split(s)));
    }

    @Test
    void openAndCloseTagsGiveTheBlockWithTags() {
        String text = "<think>a b</think> c";
        int[] block = ThinkBlockDetector.detect(text, starts(TextTokenizer.split(text)));
        assertArrayEquals(new int[] {0, 9}, block);
        assertEquals("<think>a b</think>", prefix(text, block[1]));
    }

    @Test
    void closingTagAloneStartsAtTheBeginning() {
        String text = "reasoning here</think>answer";
        int[] block = ThinkBlockDetector.detect(text, starts(TextTokenizer.split(text)));
        assertEquals(0, block[0]);
        assertEquals("reasoning here</think>", prefix(text, block[1]));
    }

    @Test
    void unclosedBlockRunsToTheLastToken() {
        String text = "intro <think>still going";
        List<String> toks = TextTokenizer.split(text);
        int[] block = ThinkBlockDetector.detect(text, starts(toks));
        assertEquals(toks.indexOf("<"), block[0]);
        assertEquals(toks.size(), block[1]);
    }

    @Test
    void textWithoutTagsHasNoBlock() {
        assertNull(ThinkBlockDetector.detect("plain", starts(TextTokenizer.split("plain"))));
    }

    @Test
    void tagsSplitAcrossTokensAreFound() {
        String text = "<think>ab</think>c";
        List<String> toks = List.of("<th", "ink>a", "b</", "thi", "nk>", "c");
        int[] block = ThinkBlockDetector.detect(text, starts(toks));
        assertArrayEquals(new int[] {0, 5}, block);
    }

    @Test
    void closingTagEndingInsideATokenIncludesThatToken() {
        String text = "<think>ab</think>c";
        List<String> toks = List.of("<think>", "ab", "</think>c");
        assertArrayEquals(new int[] {0, 3}, ThinkBlockDetector.detect(text, starts(toks)));
    }

    @Test
    void thoughtTagsAreAlsoAThinkingBlock() {
        String text = "<Thought>x</Thought><Output>y</Output>";
        int[] block = ThinkBlockDetector.detect(text, starts(TextTokenizer.split(text)));
        assertEquals("<Thought>x</Thought>", prefix(text, block[1]));
    }

    private static int[] starts(List<String> toks) {
        int[] s = new int[toks.size() + 1];
        for (int i = 0; i < toks.size(); i++) {
            s[i + 1] = s[i] + toks.get(i).length();
        }
        return s;
    }

    @Test
    void theAsciiAndLowRangeShortcutsClassifyEveryCodePointAsTheUnicodeRulesDo() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            boolean cjk = sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL
                    || sc == Character.UnicodeScript.BOPOMOFO;
            int t = Character.getType(c);
            boolean letter = !cjk && (Character.isLetter(c) || t == Character.NON_SPACING_MARK
                    || t == Character.COMBINING_SPACING_MARK);
            assertEquals(cjk, TextTokenizer.isCjk(c), "isCjk of U+" + Integer.toHexString(c));
            assertEquals(letter, TextTokenizer.isWordLetter(c), "isWordLetter of U+" + Integer.toHexString(c));
        }
    }

    private static String prefix(String text, int endToken) {
        return String.join("", TextTokenizer.split(text).subList(0, endToken));
    }
}
