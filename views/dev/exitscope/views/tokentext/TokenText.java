package dev.exitscope.views.tokentext;

import javafx.scene.text.Text;

/**
 * A run of consecutive tokens of one paragraph that share their styling (thinking or answer, extreme or not,
 * candidate or not), shown as one text node: a paragraph needs a few nodes, not one per token. FX thread only.
 */
final class TokenText extends Text {
    private final int firstToken;
    private final int endToken;

    TokenText(String text, int firstToken, int endToken) {
        super(text);
        this.firstToken = firstToken;
        this.endToken = endToken;
    }

    int firstToken() {
        return firstToken;
    }

    /** One past the last token of the run. */
    int endToken() {
        return endToken;
    }
}
