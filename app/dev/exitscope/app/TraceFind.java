package dev.exitscope.app;

import dev.exitscope.analysis.search.TextMatches;
import dev.exitscope.views.find.FindBar;
import dev.exitscope.views.find.FindViewModel;
import dev.exitscope.views.timeline.TimelineView;
import dev.exitscope.views.tokentext.TokenTextView;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.jspecify.annotations.Nullable;

/**
 * Find in the trace, wired to the two trace views: the bar searches the trace the timeline shows, both views
 * draw its matches while the bar is open, and each match made current becomes the shared selected token. Escape
 * gives the focus back to the node that had it before the bar opened. FX thread only.
 */
final class TraceFind {
    private final FindViewModel model;
    private final FindBar bar;
    private final TokenTextView tokenText;
    private @Nullable Node beforeFind;

    /**
     * @param search runs the searches
     * @param fx hands their results to the FX thread
     */
    TraceFind(TimelineView timeline, TokenTextView tokenText, Executor search, Executor fx) {
        this.tokenText = tokenText;
        this.model = new FindViewModel(search, fx);
        this.bar = new FindBar(model);
        timeline.dataProperty().addListener((o, a, d) -> model.traceProperty().set(d == null ? null : d.trace()));
        ObjectBinding<TextMatches> shown = Bindings.createObjectBinding(
                () -> bar.isVisible() ? model.getMatches() : TextMatches.none(),
                bar.visibleProperty(), model.matchesProperty());
        timeline.matchesProperty().bind(shown);
        tokenText.matchesProperty().bind(shown);
        timeline.currentMatchProperty().bind(model.currentProperty());
        tokenText.currentMatchProperty().bind(model.currentProperty());
        model.setOnReveal(t -> {
            if (bar.isVisible()) {
                tokenText.selectedTokenProperty().set(t);
            }
        });
        bar.setOnClose(() -> {
            Node back = beforeFind;
            (back != null && back.getScene() != null ? back : tokenText.textArea()).requestFocus();
        });
    }

    FindBar bar() {
        return bar;
    }

    FindViewModel model() {
        return model;
    }

    /** Opens the bar; the current match becomes the first one at or after the selected token. */
    void open() {
        Scene scene = bar.getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        if (owner != null && !bar.getChildren().contains(owner)) {
            beforeFind = owner;
        }
        model.setAnchorToken(tokenText.selectedTokenProperty().get());
        bar.open();
        model.reanchor();
    }

    /** The next match; opens the bar first when it is closed (F3 with the bar hidden). */
    void next() {
        if (!bar.isVisible()) {
            open();
        } else {
            model.next();
        }
    }

    /** The previous match; opens the bar first when it is closed. */
    void previous() {
        if (!bar.isVisible()) {
            open();
        } else {
            model.previous();
        }
    }
}
