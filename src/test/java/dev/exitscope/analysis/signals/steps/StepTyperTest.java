package dev.exitscope.analysis.signals.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exitscope.analysis.signals.StepType;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepTyperTest {
    private final StepTyper typer = StepTyper.defaults();

    @Test
    void labelsFollowTheDocumentedPrecedence() {
        assertEquals(StepType.SETUP, typer.type("First, wait, the answer is 5 = 5."));
        assertEquals(StepType.DOUBT, typer.type("Wait, let me check: therefore 3 + 4 = 7."));
        assertEquals(StepType.VERIFY, typer.type("Let me verify; therefore 3 + 4 = 7."));
        assertEquals(StepType.CONCLUDE, typer.type("Therefore x = 7."));
        assertEquals(StepType.CALCULATE, typer.type("Multiply both sides."));
        assertEquals(StepType.CALCULATE, typer.type("12 * 4 / 3 - 1"));
        assertEquals(StepType.GENERAL, typer.type("The cat sat on the mat."));
        assertEquals(StepType.GENERAL, typer.type("   "));
    }

    @Test
    void setupKeywordsCountOnlyInTheOpeningWindow() {
        String late = "x".repeat(StepTyper.SETUP_WINDOW) + " we need more";
        assertEquals(StepType.GENERAL, typer.type(late));
        assertEquals(StepType.SETUP, typer.type("We need more " + "x".repeat(200)));
    }

    @Test
    void butNeedsItsTrailingSpace() {
        assertEquals(StepType.GENERAL, typer.type("Press the button."));
        assertEquals(StepType.DOUBT, typer.type("But why."));
    }

    @Test
    void keywordTextOverridesNamedListsAndKeepsQuotedSpaces() {
        StepKeywords k = StepKeywords.parse("# mine\nDoubt: \"  odd \", Strange\n\nconclude:\n");
        assertEquals(List.of("  odd ", "strange"), k.doubt());
        assertEquals(List.of(), k.conclude());
        assertEquals(StepKeywords.defaults().verify(), k.verify());
        StepTyper t = new StepTyper(k);
        assertEquals(StepType.DOUBT, t.type("how strange"));
        assertEquals(StepType.CALCULATE, t.type("Therefore x = 1"));
    }

    @Test
    void badKeywordTextNamesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StepKeywords.parse("doubt: wait\nsomething: x"));
        assertEquals("line 2: unknown key 'something' (setup, calculate, doubt, verify, conclude)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StepKeywords.parse("no colon here"));
        assertThrows(IllegalArgumentException.class, () -> StepKeywords.parse("doubt: \"open"));
    }
}
