package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.policy.AnswerCost;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.views.replay.ReplayViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The policy panel's choices survive a restart through the settings file, and a bad saved value does no harm. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PolicySettingsTest {
    @TempDir
    Path dir;

    private static ReplayViewModel model() {
        return new ReplayViewModel(PolicyCatalog.standard(), AnswerCost.RECORDED, r -> { }, Runnable::run);
    }

    @Test
    void enabledPoliciesAndChangedValuesComeBackInTheirOrder(FxRobot robot) throws Exception {
        WorkbenchSettings s = WorkbenchSettings.load(dir);
        ReplayViewModel before = model();
        AtomicInteger saves = new AtomicInteger();
        robot.interact(() -> {
            PolicySettings ps = new PolicySettings(before, s, () -> {
                saves.incrementAndGet();
                try {
                    s.save();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            ps.install();
            before.choice("deer").set("threshold", "0.9");
            before.choice("deer").enabledProperty().set(true);
            before.choice("budget").set("tokens", "256");
            before.choice("budget").enabledProperty().set(true);
            before.choice("firstk").enabledProperty().set(true);
            before.choice("firstk").enabledProperty().set(false);
            ps.store();
        });
        assertTrue(saves.get() >= 1);
        String file = Files.readString(dir.resolve(WorkbenchSettings.FILE_NAME));
        assertTrue(file.contains("policies.enabled=deer,budget"), file);

        WorkbenchSettings again = WorkbenchSettings.load(dir);
        ReplayViewModel after = model();
        robot.interact(() -> new PolicySettings(after, again, () -> { }).install());
        assertTrue(after.choice("deer").enabledProperty().get());
        assertTrue(after.choice("budget").enabledProperty().get());
        assertFalse(after.choice("firstk").enabledProperty().get());
        assertEquals("0.9", after.choice("deer").value("threshold"));
        assertEquals("256", after.choice("budget").value("tokens"));
        assertEquals("budget", after.selectedProperty().get().name(), "the one enabled last is selected again");
    }

    @Test
    void aSavedValueThatIsNoLongerAcceptedStaysAtItsDefault(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve(WorkbenchSettings.FILE_NAME), "policies.enabled=budget,nosuchpolicy\n"
                + "policy.budget.tokens=-5\npolicy.budget.nosuchparam=1\n");
        WorkbenchSettings s = WorkbenchSettings.load(dir);
        ReplayViewModel m = model();
        robot.interact(() -> new PolicySettings(m, s, () -> { }).install());
        assertTrue(m.choice("budget").enabledProperty().get());
        assertEquals("4096", m.choice("budget").value("tokens"));
        assertEquals(List.of(), m.choices().stream().filter(c -> c.enabledProperty().get() && !c.name()
                .equals("budget")).toList());
    }
}
