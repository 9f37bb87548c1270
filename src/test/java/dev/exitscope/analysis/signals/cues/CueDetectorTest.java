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

    @Test
    void deerMatchesTheCaseSensitiveStringWaitAnywhere() {
        assertEquals(List.of(cue(4, "Wait", CueRule.DEER), cue(10, "Wait", CueRule.DEER)), cues(CueRule.DEER));
    }

    @Test
    void lynxMatchesCaseInsensitiveSubstringsIncludingWaiting() {
        assertEquals(List.of(cue(0, "hmm", CueRule.LYNX), cue(2, "wait", CueRule.LYNX), cue(4, "wait", CueRule.LYNX),
                cue(10, "wait", CueRule.LYNX), cue(12, "alternatively", CueRule.LYNX)), cues(CueRule.LYNX));
    }

    @Test
    void wordNeedsBoundariesSoWaitingAndButterDoNotCountAndTheLongestCueWins() {
        assertEquals(List.of(cue(0, "hmm", CueRule.WORD), cue(2, "wait", CueRule.WORD), cue(10, "wait", CueRule.WORD),
                cue(12, "alternatively", CueRule.WORD), cue(15, "but", CueRule.WORD),
                cue(20, "let me double-check", CueRule.WORD)), cues(CueRule.WORD));
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
        assertEquals(List.of(cue(0, "hmm", CueRule.WORD)), out);
        p.advance();
        d.onToken(p, out::add);
        assertEquals(cue(2, "wait", CueRule.WORD), out.get(1));
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
        assertEquals(List.of(cue(1, "wait", CueRule.WORD)), out);
    }

    @Test
    void aCueSplitOverTokensIsReportedAtTheTokenHoldingItsLastChar() {
        Trace t = TestTraces.of("h", "m", "", "m", "m");
        assertEquals(List.of(cue(3, "hmm", CueRule.LYNX)), TestTraces.run(t, CueDetector.defaults(CueRule.LYNX)));
        assertEquals(List.of(), TestTraces.run(t, CueDetector.defaults(CueRule.WORD)));
    }

    @Test
    void customCueListsAreMatchedAsListed() {
        CueDetector d = new CueDetector(CueRule.DEER, List.of("Alternatively"));
        assertEquals(List.of(cue(12, "Alternatively", CueRule.DEER)), TestTraces.run(TRACE, d));
    }

    private static List<SignalEvent> cues(CueRule rule) {
        return TestTraces.run(TRACE, CueDetector.defaults(rule));
    }

    private static CueSeen cue(int token, String cue, CueRule rule) {
        return new CueSeen(token, cue, rule);
    }
}
