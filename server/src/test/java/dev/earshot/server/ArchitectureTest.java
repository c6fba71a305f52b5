package dev.earshot.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.earshot.engine");

    @Test
    void theEngineDoesNotReachSpringServletsOrJackson() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "tools.jackson..",
                        "com.fasterxml.jackson..", "dev.earshot.server..")
                .because("the engine is a plain Java library usable without the server (DESIGN.md §2)")
                .check(engine);
    }

    @Test
    void theEngineIsActuallyImported() {
        org.assertj.core.api.Assertions.assertThat(engine.size()).isGreaterThan(10);
    }
}
