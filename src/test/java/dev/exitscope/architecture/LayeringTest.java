package dev.exitscope.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DEVELOPERS.md: analysis ← inference ← views ← app, checked on the compiled classes. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("dev.exitscope");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void analysisUsesNoGuiNoOnnxAndNoOuterLayer() {
        check(noClasses().that().resideInAPackage("dev.exitscope.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                        "ai.onnxruntime..", "dev.exitscope.inference..", "dev.exitscope.views..",
                        "dev.exitscope.app..")
                .because("analysis is the plain-Java core every other layer builds on"));
    }

    @Test
    void inferenceUsesNoGuiAndNoOuterLayer() {
        check(noClasses().that().resideInAPackage("dev.exitscope.inference..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                        "dev.exitscope.views..", "dev.exitscope.app..")
                .because("inference runs models for the CLI and the app alike, without a display"));
    }

    @Test
    void viewsNeverImportInferenceOrApp() {
        check(noClasses().that().resideInAPackage("dev.exitscope.views..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.exitscope.inference..",
                        "dev.exitscope.app..", "ai.onnxruntime..")
                .because("the app injects inference results into views through analysis interfaces"));
    }

    @Test
    void onlyInferenceTouchesOnnxRuntime() {
        check(noClasses().that().resideOutsideOfPackage("dev.exitscope.inference..")
                .should().dependOnClassesThat().resideInAPackage("ai.onnxruntime..")
                .because("ONNX Runtime sessions live behind inference's interfaces"));
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        check(noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("view models hold state and logic and are tested without a toolkit"));
    }

    @Test
    void onlyTheCliWritesToStandardStreams() {
        check(noClasses().that().resideOutsideOfPackage("dev.exitscope.app.cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("only the command line may print; everything else reports through return values"));
    }

    @Test
    void noJavaUtilLogging() {
        check(GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because("logging goes through slf4j"));
    }

    @Test
    void viewFeaturesHaveNoCycles() {
        check(slices().matching("dev.exitscope.views.(*)..").should().beFreeOfCycles());
    }

    @Test
    void analysisPackagesHaveNoCycles() {
        check(slices().matching("dev.exitscope.analysis.(*)..").should().beFreeOfCycles());
    }
}
