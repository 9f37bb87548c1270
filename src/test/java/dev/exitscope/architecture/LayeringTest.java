package dev.exitscope.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of DEVELOPERS.md: analysis ← inference ← views ← app, checked on the compiled classes. Every rule
 * fails when the classes it speaks of are missing ({@code allowEmptyShould(false)}), and the imported set must hold
 * known classes of each layer, so a broken class path cannot make these tests pass by checking nothing.
 */
class LayeringTest {
    /** One class of each layer (and of the CLI package) that must be among the imported classes. */
    private static final List<String> KNOWN_CLASSES = List.of(
            "dev.exitscope.analysis.trace.Trace",
            "dev.exitscope.analysis.policy.ReplayEngine",
            "dev.exitscope.inference.embed.OnnxSentenceEmbedder",
            "dev.exitscope.views.library.LibraryViewModel",
            "dev.exitscope.views.timeline.TimelineView",
            "dev.exitscope.app.Main",
            "dev.exitscope.app.cli.ExitScopeCli");

    private static final ArchRule ANALYSIS = noClasses().that().resideInAPackage("dev.exitscope.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                    "ai.onnxruntime..", "dev.exitscope.inference..", "dev.exitscope.views..",
                    "dev.exitscope.app..")
            .because("analysis is the plain-Java core every other layer builds on");

    private static final ArchRule INFERENCE = noClasses().that().resideInAPackage("dev.exitscope.inference..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                    "dev.exitscope.views..", "dev.exitscope.app..")
            .because("inference runs models for the CLI and the app alike, without a display");

    private static final ArchRule VIEWS = noClasses().that().resideInAPackage("dev.exitscope.views..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.exitscope.inference..",
                    "dev.exitscope.app..", "ai.onnxruntime..")
            .because("the app injects inference results into views through analysis interfaces");

    private static final ArchRule ONNX = noClasses().that().resideOutsideOfPackage("dev.exitscope.inference..")
            .should().dependOnClassesThat().resideInAPackage("ai.onnxruntime..")
            .because("ONNX Runtime sessions live behind inference's interfaces");

    private static final ArchRule VIEW_MODELS = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view models hold state and logic and are tested without a toolkit");

    private static final ArchRule STANDARD_STREAMS = noClasses().that()
            .resideOutsideOfPackage("dev.exitscope.app.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("only the command line may print; everything else reports through return values");

    private static final ArchRule LOGGING =
            GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because("logging goes through slf4j");

    private static final ArchRule VIEW_CYCLES = slices().matching("dev.exitscope.views.(*)..").should()
            .beFreeOfCycles();

    private static final ArchRule ANALYSIS_CYCLES = slices().matching("dev.exitscope.analysis.(*)..").should()
            .beFreeOfCycles();

    private static final List<ArchRule> RULES = List.of(ANALYSIS, INFERENCE, VIEWS, ONNX, VIEW_MODELS,
            STANDARD_STREAMS, LOGGING, VIEW_CYCLES, ANALYSIS_CYCLES);

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("dev.exitscope");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(false).check(classes);
    }

    @Test
    void theImportedClassesHoldEveryLayerAndNoTests() {
        for (String name : KNOWN_CLASSES) {
            assertTrue(classes.contain(name), name + " is among the imported classes");
        }
        assertFalse(classes.contain(LayeringTest.class.getName()), "test classes are not imported");
        // about 400 production classes today; far fewer means a source root went missing
        assertTrue(classes.size() > 200, classes.size() + " classes imported");
    }

    @Test
    void everyRuleFailsOnAnEmptyClassSet() {
        JavaClasses none = new ClassFileImporter().importClasses();
        for (ArchRule rule : RULES) {
            assertThrows(AssertionError.class, () -> rule.allowEmptyShould(false).check(none), rule.getDescription());
        }
    }

    @Test
    void analysisUsesNoGuiNoOnnxAndNoOuterLayer() {
        check(ANALYSIS);
    }

    @Test
    void inferenceUsesNoGuiAndNoOuterLayer() {
        check(INFERENCE);
    }

    @Test
    void viewsNeverImportInferenceOrApp() {
        check(VIEWS);
    }

    @Test
    void onlyInferenceTouchesOnnxRuntime() {
        check(ONNX);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        check(VIEW_MODELS);
    }

    @Test
    void onlyTheCliWritesToStandardStreams() {
        check(STANDARD_STREAMS);
    }

    @Test
    void noJavaUtilLogging() {
        check(LOGGING);
    }

    @Test
    void viewFeaturesHaveNoCycles() {
        check(VIEW_CYCLES);
    }

    @Test
    void analysisPackagesHaveNoCycles() {
        check(ANALYSIS_CYCLES);
    }
}
