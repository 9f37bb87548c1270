package dev.exitscope.app;

import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.views.playback.PlaybackBar;
import dev.exitscope.views.playback.PlaybackViewModel;
import dev.exitscope.views.replay.PolicyChoice;
import dev.exitscope.views.replay.ReplayViewModel;
import dev.exitscope.views.timeline.ExitFlag;
import dev.exitscope.views.timeline.TimelineView;
import dev.exitscope.views.tokentext.TokenTextView;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import org.jspecify.annotations.Nullable;

/**
 * Ties playback to the trace views and the policies: while playing, the timeline dims what is not played yet and
 * follows the play head, the token text shows only the tokens played, each policy's flag appears once playback
 * reaches its exit, and the counter compares the tokens spent with what each enabled policy spends. Outside
 * playback, the token text fades what follows the selected policy's exit. FX thread only.
 */
final class ReplayPlayback {
    private final PlaybackViewModel playback;
    private final ReplayViewModel replay;

    ReplayPlayback(PlaybackBar bar, ReplayViewModel replay, TimelineView timeline, TokenTextView tokenText) {
        this.playback = bar.model();
        this.replay = replay;
        timeline.dataProperty().addListener((o, a, d) -> {
            if (a == null || d == null || a.trace() != d.trace()) {
                playback.load(d == null ? 0 : d.trace().tokenCount());
            }
        });
        TimelineData now = timeline.dataProperty().get();
        playback.load(now == null ? 0 : now.trace().tokenCount());
        Observable[] deps = {playback.positionProperty(), playback.activeProperty(), replay.flagsProperty()};
        timeline.exitsProperty().bind(Bindings.createObjectBinding(this::shownFlags, deps));
        timeline.playheadProperty().bind(Bindings.createIntegerBinding(
                () -> playback.activeProperty().get() ? playback.positionProperty().get() : -1,
                playback.activeProperty(), playback.positionProperty()));
        tokenText.hideFromProperty().bind(timeline.playheadProperty());
        tokenText.fadeFromProperty().bind(Bindings.createIntegerBinding(
                () -> playback.activeProperty().get() ? -1 : replay.selectedExitProperty().get(),
                playback.activeProperty(), replay.selectedExitProperty()));
        playback.positionProperty().addListener((o, a, p) -> {
            if (playback.activeProperty().get() && p.intValue() > 0) {
                timeline.viewportProperty().set(timeline.viewportProperty().get().reveal(p.intValue() - 1));
                tokenText.revealToken(p.intValue() - 1);
            }
        });
        List<Observable> counterDeps = new ArrayList<>(List.of(deps));
        for (PolicyChoice c : replay.choices()) {
            counterDeps.add(c.resultProperty());
            counterDeps.add(c.enabledProperty());
        }
        bar.counterTextProperty().bind(Bindings.createStringBinding(this::counter,
                counterDeps.toArray(new Observable[0])));
    }

    private List<ExitFlag> shownFlags() {
        List<ExitFlag> all = replay.flagsProperty().get();
        if (!playback.activeProperty().get()) {
            return all;
        }
        int p = playback.positionProperty().get();
        List<ExitFlag> out = new ArrayList<>();
        for (ExitFlag f : all) {
            if (f.token() <= p) {
                out.add(f);
            }
        }
        return out;
    }

    /** "Played 120 of 455 tokens · budget stopped at 100, spends 111 · firstk still going". */
    private String counter() {
        int total = playback.totalProperty().get();
        if (total == 0) {
            return "";
        }
        int p = playback.activeProperty().get() ? playback.positionProperty().get() : total;
        StringBuilder sb = new StringBuilder(playback.activeProperty().get()
                ? "Played " + p + " of " + total + " tokens" : "Full trace: " + total + " tokens");
        for (PolicyChoice c : replay.choices()) {
            if (!c.enabledProperty().get()) {
                continue;
            }
            sb.append(" · ").append(c.specText()).append(' ').append(status(c.resultProperty().get(), p));
        }
        return sb.toString();
    }

    private static String status(@Nullable ReplayResult r, int played) {
        if (r == null) {
            return "…";
        }
        if (!r.replayable()) {
            return "cannot run";
        }
        if (r.exitToken() == null) {
            return "never stops, spends " + r.tokensUsed();
        }
        if (r.exitToken() > played) {
            return "still going";
        }
        return "stopped at " + r.exitToken() + ", spends " + r.tokensUsed();
    }
}
