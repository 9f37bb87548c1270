package dev.exitscope.app;

import dev.exitscope.views.inspector.TokenInspector;
import dev.exitscope.views.inspector.TraceHeader;
import dev.exitscope.views.timeline.TimelineView;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/**
 * The token text with what surrounds it in the window: the trace header above (question, gold, final answer,
 * correct or wrong) and the token inspector beside it, both following the timeline's trace, selected token and
 * range (which the window shares with the open trace and the token text). FX thread only.
 */
final class TraceDetails {
    private final TraceHeader header = new TraceHeader();
    private final TokenInspector inspector = new TokenInspector();
    private final SplitPane split;
    private final BorderPane pane;

    TraceDetails(Region tokenText, TimelineView timeline) {
        header.traceProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> {
            var d = timeline.dataProperty().get();
            return d == null ? null : d.trace();
        }, timeline.dataProperty()));
        inspector.dataProperty().bind(timeline.dataProperty());
        inspector.selectedTokenProperty().bind(timeline.selectedTokenProperty());
        inspector.rangeStartProperty().bind(timeline.rangeStartProperty());
        inspector.rangeEndProperty().bind(timeline.rangeEndProperty());
        // the text may narrow (its legend is then cut) so that the inspector keeps its room in a small window
        tokenText.setMinWidth(160);
        split = new SplitPane(tokenText, inspector);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(inspector, false);
        pane = new BorderPane(split);
        pane.setTop(header);
    }

    /** Shows the inspector beside the text, or gives the text the whole width (teaching mode). */
    void showInspector(boolean on) {
        if (on && !split.getItems().contains(inspector)) {
            split.getItems().add(inspector);
            split.setDividerPositions(0.68);
        } else if (!on) {
            split.getItems().remove(inspector);
        }
    }

    /** The header, the token text and the inspector, laid out. */
    Node node() {
        return pane;
    }

    TraceHeader header() {
        return header;
    }

    TokenInspector inspector() {
        return inspector;
    }
}
