package dev.exitscope.views.tokentext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TokenFontsTest {
    private TokenFonts fonts;

    @Start
    void start(Stage stage) {
        fonts = new TokenFonts();
    }

    /** The width JavaFX gives {@code s} laid out as one text node in {@code style}. */
    private double laidOut(String s, int style) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Text a = new Text("x" + s + "x");
            a.setFont(fonts.font(style));
            Text b = new Text("xx");
            b.setFont(fonts.font(style));
            return a.getLayoutBounds().getWidth() - b.getLayoutBounds().getWidth();
        }).get();
    }

    @Test
    void aStringIsAsWideAsTheSumOfItsCharactersAsJavaFxLaysItOut() throws Exception {
        String[] samples = {"Hello, world", " Wait", "  x = 12.5;", "\u4e2d\u6587 ok", "na\u00efve \u2248 \u221a2"};
        for (String s : samples) {
            for (int style = 0; style < 3; style++) {
                assertEquals(laidOut(s, style), fonts.width(s, style), 0.01, "'" + s + "' in style " + style);
            }
        }
    }

    @Test
    void tokensWhoseCharactersShapeEachOtherAreMeasuredWhole() throws Exception {
        assertFalse(TokenFonts.complex("caf\u00e9 \u4e2d \u2211"));
        assertTrue(TokenFonts.complex("cafe\u0301"), "a combining accent");
        assertTrue(TokenFonts.complex("\u0645\u0631\u062d\u0628\u0627"), "Arabic");
        assertTrue(TokenFonts.complex("\u0928\u092e\u0938\u094d\u0924\u0947"), "Devanagari");
        assertTrue(TokenFonts.complex("\ud83d\ude00"), "a surrogate pair");
        String accented = "cafe\u0301";
        assertEquals(laidOut(accented, TokenFonts.REGULAR), fonts.width(accented, TokenFonts.REGULAR), 0.01);
    }

    @Test
    void aWorkerMeasuresEveryTokenOfAModelInTheFontItsSignalGivesIt() throws Exception {
        TraceBuilder b = new TraceBuilder("t", 300);
        for (int i = 0; i < 300; i++) {
            double p = 0.05 + 0.9 * ((i * 37) % 100) / 100.0;
            b.addToken(i % 30 == 29 ? ".\n" : " tok" + (i % 11), (float) Math.log(p));
            b.addAlternative(" a", -1f);
            b.addAlternative(" b", -2f);
        }
        Trace t = b.build();
        float[] entropy = new float[300];
        float[] surprisal = new float[300];
        for (int i = 0; i < 300; i++) {
            entropy[i] = (i * 37) % 100;
            surprisal[i] = (i * 53) % 100;
        }
        TokenTextModel m = TokenTextModel.of(t, entropy, surprisal, new int[0], new String[0], new int[0],
                new int[0], new String[0]);
        float[] w = CompletableFuture.supplyAsync(() -> fonts.widths(m, TokenSignal.ENTROPY))
                .get(30, TimeUnit.SECONDS);
        assertSame(w, fonts.widths(m, TokenSignal.ENTROPY), "measured once per signal");
        HeatScale scale = m.scale(TokenSignal.ENTROPY);
        int bold = 0;
        for (int i = 0; i < 300; i++) {
            int style = TokenFonts.style(scale, i);
            bold += style == TokenFonts.BOLD ? 1 : 0;
            assertEquals(laidOut(m.displayText(i), style), w[i], 0.01, "token " + i);
        }
        assertTrue(bold > 0, "the highest tokens are bold");
    }
}
