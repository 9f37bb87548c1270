package dev.exitscope.analysis.signals.candidates;

import dev.exitscope.analysis.answer.AnswerExtractor;
import dev.exitscope.analysis.answer.AnswerNormalizer;
import dev.exitscope.analysis.signals.CandidateSeen;
import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.StepEnded;
import dev.exitscope.analysis.signals.StepType;
import dev.exitscope.analysis.signals.TraceSoFar;
import dev.exitscope.analysis.signals.steps.ParagraphSegmenter;
import dev.exitscope.analysis.signals.steps.Segmenter;
import dev.exitscope.analysis.signals.steps.TokenLookup;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds candidate answers as the text arrives and emits {@link CandidateSeen} for each:
 * <ul>
 *   <li>{@code boxed}: {@code \boxed{…}} / {@code \fbox{…}} with balanced braces, when the closing brace
 *       arrives;</li>
 *   <li>{@code answer-is} / {@code final-answer}: "the answer is X", "Answer: X", "Final Answer: X",
 *       "**Final Answer**" then X, when the statement's line or sentence ends (a statement whose value holds a box
 *       is left to the box);</li>
 *   <li>{@code mcq}: either of the above whose answer is a single choice letter A–J ({@code \boxed{B}},
 *       "answer is (B)");</li>
 *   <li>{@code trailing-number}: a number that ends the last line of a {@link StepType#CONCLUDE} step holding no
 *       other candidate (only closing punctuation or math delimiters may follow it: "… is 18.", "… is \(18\)"),
 *       when that step ends. A line such as "the values are 121 and 140. Therefore the count is:" ends in no
 *       number and states no candidate.</li>
 * </ul>
 * A candidate's token is the token holding its last char (the closing brace, the statement's full stop or last
 * char, the number's last digit); its step is the step holding that token. The raw answer is cleaned as the answer
 * checker cleans statements ({@link AnswerExtractor#cleanStatement}) and normalised with
 * {@link AnswerNormalizer#normalize}.
 *
 * <p>Steps come from a segmenter this detector owns and drives itself (its {@link StepEnded} events stay
 * internal); pass a fresh instance of the segmenter used for display so step indices agree. With a segmenter that
 * decides late ({@link dev.exitscope.analysis.signals.steps.PumaSegmenter}) the step of a candidate in the open
 * step is provisional. Events are emitted in token order within each call; a trailing-number candidate is emitted
 * when its step ends, so after candidates of later tokens seen in earlier calls.
 *
 * <p>Each char is fed once to two small state machines; the only rescans are of a finished conclusion step's last
 * line. One instance follows one trace; not thread-safe.
 */
public final class CandidateDetector implements IncrementalSignal {
    private static final java.util.regex.Pattern TRAILING =
            java.util.regex.Pattern.compile("[\\s.!)\\]}$*]*(?:\\\\[)\\]][\\s.!$*]*)?");
    /** Characters that may stand right before a trailing number; {@code {4}} in {@code \frac{s^2}{4}} is no answer. */
    private static final String STANDALONE_BEFORE = " \t$(=:*";
    private static final Comparator<CandidateSeen> BY_TOKEN = Comparator.comparingInt(CandidateSeen::token);

    private final Segmenter segmenter;
    private final boolean forwardSteps;
    private Consumer<SignalEvent> out = e -> { };
    private final BoxedScanner boxes = new BoxedScanner();
    private final StatementScanner statements = new StatementScanner();
    private final BitSet stepsWithCandidates = new BitSet();
    private final List<StepEnded> endedSteps = new ArrayList<>();
    private final List<CandidateSeen> batch = new ArrayList<>();
    private int scanned;

    /** A detector that places candidates in paragraph steps. */
    public CandidateDetector() {
        this(new ParagraphSegmenter());
    }

    /** A detector that places candidates in the steps of {@code segmenter}, a fresh instance it will drive. */
    public CandidateDetector(Segmenter segmenter) {
        this(segmenter, false);
    }

    private CandidateDetector(Segmenter segmenter, boolean forwardSteps) {
        this.segmenter = segmenter;
        this.forwardSteps = forwardSteps;
    }

    /**
     * A detector that also emits the {@link StepEnded} events of {@code segmenter} (a fresh instance it will drive),
     * so one run yields steps and candidates without segmenting twice. Step events of a token come before its
     * candidates.
     */
    public static CandidateDetector withSteps(Segmenter segmenter) {
        return new CandidateDetector(segmenter, true);
    }

    @Override
    public void onToken(TraceSoFar soFar, Consumer<SignalEvent> events) {
        out = events;
        segmenter.onToken(soFar, this::stepEvent);
        CharSequence text = soFar.text();
        int n = text.length();
        for (int i = scanned; i < n; i++) {
            char c = text.charAt(i);
            Span box = boxes.feed(text, i, c);
            if (box != null) {
                add(soFar, box);
            }
            Span stated = statements.feed(text, i, c);
            if (stated != null) {
                add(soFar, stated);
            }
        }
        scanned = n;
        conclusionNumbers(soFar);
        flush(events);
    }

    @Override
    public void onEnd(TraceSoFar soFar, Consumer<SignalEvent> events) {
        out = events;
        segmenter.onEnd(soFar, this::stepEvent);
        Span stated = statements.finish(soFar.text());
        if (stated != null) {
            add(soFar, stated);
        }
        conclusionNumbers(soFar);
        flush(events);
    }

    private void stepEvent(SignalEvent e) {
        if (forwardSteps) {
            out.accept(e);
        }
        if (e instanceof StepEnded s && s.type() == StepType.CONCLUDE) {
            endedSteps.add(s);
        }
    }

    private void add(TraceSoFar soFar, Span span) {
        String raw = span.source().equals("boxed")
                ? soFar.text().subSequence(span.from(), span.to()).toString().trim()
                : AnswerExtractor.cleanStatement(soFar.text().subSequence(span.from(), span.to()).toString());
        if (raw.isEmpty() || !span.source().equals("boxed")
                && (raw.contains("\\boxed") || raw.contains("\\fbox") || !hasLetterOrDigit(raw))) {
            return;
        }
        int token = TokenLookup.at(soFar, span.lastChar());
        candidate(token, segmenter.stepAt(token), raw, span.source());
    }

    private void candidate(int token, int step, String raw, String source) {
        String normalized = AnswerNormalizer.normalize(raw);
        String src = isChoice(raw, normalized) ? "mcq" : source;
        stepsWithCandidates.set(step);
        batch.add(new CandidateSeen(token, step, raw, normalized, src));
    }

    /** Trailing numbers of conclusion steps that ended without a candidate. */
    private void conclusionNumbers(TraceSoFar soFar) {
        for (StepEnded s : endedSteps) {
            if (stepsWithCandidates.get(s.index())) {
                continue;
            }
            CharSequence text = soFar.text();
            int from = soFar.tokenStart(s.start());
            int end = soFar.tokenStart(s.end());
            while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int lineStart = end;
            while (lineStart > from && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
                lineStart--;
            }
            String line = text.subSequence(lineStart, end).toString();
            int[] span = AnswerExtractor.lastNumberSpan(line);
            if (span != null && TRAILING.matcher(line.substring(span[1])).matches()
                    && (span[0] == 0 || STANDALONE_BEFORE.indexOf(line.charAt(span[0] - 1)) >= 0)) {
                String raw = text.subSequence(lineStart + span[0], lineStart + span[1]).toString()
                        .replaceAll("\\s+", "");
                candidate(TokenLookup.at(soFar, lineStart + span[1] - 1), s.index(), raw, "trailing-number");
            }
        }
        endedSteps.clear();
    }

    private void flush(Consumer<SignalEvent> events) {
        batch.sort(BY_TOKEN);
        for (CandidateSeen c : batch) {
            events.accept(c);
        }
        batch.clear();
    }

    private static boolean isChoice(String raw, String normalized) {
        if (normalized.length() != 1 || normalized.charAt(0) < 'A' || normalized.charAt(0) > 'J') {
            return false;
        }
        String r = raw.replace("(", "").replace(")", "").strip();
        return r.length() == 1;
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
