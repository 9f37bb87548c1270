package dev.exitscope.analysis.signals.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exitscope.analysis.signals.CueRule;
import dev.exitscope.analysis.signals.CueSeen;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.TracePrefix;
import dev.exitscope.analysis.signals.steps.TestTraces;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueDetectorTest {
    static final Trace TRACE = TestTraces.of(
            "Hmm", ",", " wait", ".", " Wait", "ing", " is", " over", ".",        // 0..8
            " Wa", "it", "!", " Alternatively", ",", " butter", " but",           // 9..15
            " let", " me", " double", "-", "check", ".");                          // 16..21
    // char offsets: "Hmm" 0..2, " wait" 4..8 (w at 5), " Wait" 10..14 (W at 11), " Wa" 27..29 (W at 28),
    // " Alternatively" 33..46 (A at 34), " butter" 48..54, " but" 55..58 (b at 56), " let" 59..62 (l at 60)

    @Test
    void deerMatchesTheCaseSensitiveStringWaitAnywhere() {
        assertEquals(List.of(cue(4, "Wait", CueRule.DEER, 11), cue(10, "Wait", CueRule.DEER, 28)), cues(CueRule.DEER));
    }

    @Test
    void lynxMatchesCaseInsensitiveSubstringsIncludingWaiting() {
        assertEquals(List.of(cue(0, "hmm", CueRule.LYNX, 0), cue(2, "wait", CueRule.LYNX, 5),
                cue(4, "wait", CueRule.LYNX, 11), cue(10, "wait", CueRule.LYNX, 28),
                cue(12, "alternatively", CueRule.LYNX, 34)), cues(CueRule.LYNX));
    }

    @Test
    void wordNeedsBoundariesSoWaitingAndButterDoNotCountAndTheLongestCueWins() {
        assertEquals(List.of(cue(0, "hmm", CueRule.WORD, 0), cue(2, "wait", CueRule.WORD, 5),
                cue(10, "wait", CueRule.WORD, 28), cue(12, "alternatively", CueRule.WORD, 34),
                cue(15, "but", CueRule.WORD, 56), cue(20, "let me double-check", CueRule.WORD, 60)),
                cues(CueRule.WORD));
    }

    @Test
    void aWordMatchAtTheEndOfTheTextWaitsForTheNextChar() {
        CueDetector d = CueDetector.defaults(CueRule.WORD);
        TracePrefix p = new TracePrefix(TRACE);
        List<SignalEvent> out = new ArrayList<>();
        p.advance();
        d.onToken(p, out::add);
        p.advance();
        d.onToken(p, out::add);
        p.advance();
        d.onToken(p, out::add);
        assertEquals(List.of(cue(0, "hmm", CueRule.WORD, 0)), out);
        p.advance();
        d.onToken(p, out::add);
        assertEquals(cue(2, "wait", CueRule.WORD, 5), out.get(1));
    }

    @Test
    void aPendingWordMatchIsEmittedAtTheEnd() {
        Trace t = TestTraces.of("ok", " wait");
        CueDetector d = CueDetector.defaults(CueRule.WORD);
        TracePrefix p = new TracePrefix(t);
        List<SignalEvent> out = new ArrayList<>();
        while (p.advance()) {
            d.onToken(p, out::add);
        }
        assertEquals(List.of(), out);
        d.onEnd(p, out::add);
        // "ok" is chars 0..1, " wait" 2..6: the cue starts at char 3
        assertEquals(List.of(cue(1, "wait", CueRule.WORD, 3)), out);
    }

    @Test
    void aCueSplitOverTokensIsReportedAtTheTokenHoldingItsLastChar() {
        Trace t = TestTraces.of("h", "m", "", "m", "m");
        // text "hmmm": the match is chars 0..2, whose last char is token 3's (token 2 is empty)
        assertEquals(List.of(cue(3, "hmm", CueRule.LYNX, 0)), TestTraces.run(t, CueDetector.defaults(CueRule.LYNX)));
        assertEquals(List.of(), TestTraces.run(t, CueDetector.defaults(CueRule.WORD)));
    }

    @Test
    void customCueListsAreMatchedAsListed() {
        CueDetector d = new CueDetector(CueRule.DEER, List.of("Alternatively"));
        assertEquals(List.of(cue(12, "Alternatively", CueRule.DEER, 34)), TestTraces.run(TRACE, d));
    }

    @Test
    void everyCueStartsWhereItsTextIs() {
        String text = TRACE.text();
        for (CueRule rule : CueRule.values()) {
            for (SignalEvent e : cues(rule)) {
                CueSeen c = (CueSeen) e;
                String matched = text.substring(c.startChar(), c.startChar() + c.cue().length());
                assertEquals(rule == CueRule.DEER ? c.cue() : c.cue().toLowerCase(java.util.Locale.ROOT),
                        rule == CueRule.DEER ? matched : matched.toLowerCase(java.util.Locale.ROOT), c.toString());
                assertEquals(c.token(), TRACE.tokenAtChar(c.startChar() + c.cue().length() - 1), c.toString());
            }
        }
    }

    private static List<SignalEvent> cues(CueRule rule) {
        return TestTraces.run(TRACE, CueDetector.defaults(rule));
    }

    private static CueSeen cue(int token, String cue, CueRule rule, int startChar) {
        return new CueSeen(token, cue, rule, startChar);
    }
}
