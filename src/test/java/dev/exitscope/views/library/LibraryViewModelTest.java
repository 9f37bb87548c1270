package dev.exitscope.views.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exitscope.analysis.summary.TraceSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class LibraryViewModelTest {
    private final TraceSummary alpha = summary("alpha", "a.jsonl", "qwen", "3", true, "g1", 1);
    private final TraceSummary beta = summary("beta", "b.jsonl", "o1-mini", "7", false, "g0", 0);
    private final TraceSummary gamma = summary("gamma", "a.jsonl", "qwen", null, null, null, null);
    private final LibraryViewModel model = new LibraryViewModel();

    LibraryViewModelTest() {
        model.addAll(List.of(alpha, beta, gamma), Map.of(beta, "How many Apples are in the basket?"));
    }

    private static TraceSummary summary(String id, String file, String model, @Nullable String answer,
                                        @Nullable Boolean correct, @Nullable String group, @Nullable Integer sample) {
        return new TraceSummary(id, file, "text", model, 10, 2, false, 0, null, false, answer,
                answer == null ? null : "3", correct, group, sample);
    }

    private List<String> visibleIds() {
        return model.visibleTraces().stream().map(TraceSummary::id).toList();
    }

    @Test
    void filterTextKeepsTracesWhoseIdModelOrAnswerContainsItIgnoringCase() {
        model.setFilterText("QWEN");
        assertEquals(List.of("alpha", "gamma"), visibleIds());
        model.setFilterText("7");
        assertEquals(List.of("beta"), visibleIds());
        model.setFilterText("  ");
        assertEquals(List.of("alpha", "beta", "gamma"), visibleIds());
    }

    @Test
    void filterTextSearchesTheQuestionTextHandedOverWithTheBatch() {
        model.setFilterText("apples");
        assertEquals(List.of("beta"), visibleIds());
    }

    @Test
    void correctFilterSplitsCorrectWrongAndUnjudgedTraces() {
        model.setCorrectFilter(CorrectFilter.CORRECT);
        assertEquals(List.of("alpha"), visibleIds());
        model.setCorrectFilter(CorrectFilter.WRONG);
        assertEquals(List.of("beta"), visibleIds());
        model.setCorrectFilter(CorrectFilter.UNKNOWN);
        assertEquals(List.of("gamma"), visibleIds());
        model.setCorrectFilter(CorrectFilter.ALL);
        assertEquals(3, visibleIds().size());
    }

    @Test
    void statusCountsVisibleAgainstLoadedTracesOnlyWhileFiltered() {
        assertEquals("3 traces", model.getStatus());
        model.setFilterText("qwen");
        assertEquals("2 of 3 traces", model.getStatus());
        model.setCorrectFilter(CorrectFilter.WRONG);
        assertEquals("0 of 3 traces", model.getStatus());
    }

    @Test
    void groupingSortsByItsKeyBeforeTheColumnOrder() {
        model.columnOrderProperty().set(Comparator.comparing(TraceSummary::id).reversed());
        assertEquals(List.of("gamma", "beta", "alpha"), visibleIds());
        model.setGrouping(LibraryGrouping.FILE);
        assertEquals(List.of("gamma", "alpha", "beta"), visibleIds());
        model.setGrouping(LibraryGrouping.GROUP);
        assertEquals(List.of("beta", "alpha", "gamma"), visibleIds());
    }

    @Test
    void withoutGroupingOrColumnOrderTracesStayInLoadOrder() {
        model.setGrouping(LibraryGrouping.FILE);
        model.setGrouping(LibraryGrouping.NONE);
        assertEquals(List.of("alpha", "beta", "gamma"), visibleIds());
    }

    @Test
    void errorsStayInTheStatusNextToTheCount() {
        model.reportErrors(List.of("x.json:1:2: expected a value"));
        model.setFilterText("beta");
        assertEquals("1 of 3 traces; 1 file could not be read: x.json:1:2: expected a value", model.getStatus());
    }

    @Test
    void searchingTheTextAsksForAScanAndKeepsOnlyTheHitsOfTheCurrentQuery() {
        model.setFilterText("Basket");
        assertEquals("", model.textQueryProperty().get(), "no scan unless 'in text' is on");
        model.searchTextProperty().set(true);
        assertEquals("basket", model.textQueryProperty().get());
        assertEquals(true, model.textSearchingProperty().get());
        assertEquals("1 of 3 traces · searching the trace texts …", model.getStatus());
        model.setTextHits("bask", java.util.Set.of(alpha));
        assertEquals(List.of("beta"), visibleIds(), "hits of an older query are ignored");
        model.setTextHits("basket", java.util.Set.of(gamma));
        assertEquals(List.of("beta", "gamma"), visibleIds());
        assertEquals(false, model.textSearchingProperty().get());
        assertEquals("2 of 3 traces", model.getStatus());
        model.searchTextProperty().set(false);
        assertEquals(List.of("beta"), visibleIds());
        assertEquals("", model.textQueryProperty().get());
    }

    @Test
    void groupingByQuestionPutsTracesOfOneQuestionTogether() {
        LibraryViewModel m = new LibraryViewModel();
        m.addAll(List.of(alpha, beta, gamma), Map.of(alpha, "Q2", beta, "Q1", gamma, "Q2"));
        m.setGrouping(LibraryGrouping.QUESTION);
        assertEquals(List.of("beta", "alpha", "gamma"), m.visibleTraces().stream().map(TraceSummary::id).toList());
    }

    @Test
    void eachGroupStartsWhereItsKeyChangesAndTheStatusCountsTheGroups() {
        model.columnOrderProperty().set(Comparator.comparing(TraceSummary::id));
        model.setGrouping(LibraryGrouping.FILE);
        assertEquals(List.of("alpha", "gamma", "beta"), visibleIds());
        assertEquals(List.of(false, false, true), starts(), "b.jsonl starts after the two traces of a.jsonl");
        assertEquals(2, model.groupCount());
        assertEquals("3 traces in 2 groups", model.getStatus());
        model.setGrouping(LibraryGrouping.GROUP);
        assertEquals(List.of("beta", "alpha", "gamma"), visibleIds());
        assertEquals(List.of(false, true, true), starts(), "g0, g1, then the trace without a group");
        assertEquals("3 traces in 2 groups", model.getStatus(), "traces without a group are not a group");
        model.setFilterText("qwen");
        assertEquals("2 of 3 traces in 1 group", model.getStatus());
        model.setGrouping(LibraryGrouping.NONE);
        assertEquals(List.of(false, false), starts());
        assertEquals("2 of 3 traces", model.getStatus());
    }

    private List<Boolean> starts() {
        List<Boolean> out = new java.util.ArrayList<>();
        for (int row = 0; row < model.visibleTraces().size(); row++) {
            out.add(model.startsGroup(row));
        }
        return out;
    }
}
