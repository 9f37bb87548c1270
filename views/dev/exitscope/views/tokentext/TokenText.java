package dev.exitscope.views.tokentext;

import javafx.scene.text.Text;

/** The text of one token inside a paragraph, remembering which token it shows. FX thread only. */
final class TokenText extends Text {
    private final int token;

    TokenText(String text, int token) {
        super(text);
        this.token = token;
    }

    int token() {
        return token;
    }
}
