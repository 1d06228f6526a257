package vn.soat.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Each pipeline step is a package that may use the steps before it and the shared pieces under it
 * ({@code text}, {@code model}, {@code rulesdir}), never the other way round: a cycle means two packages
 * can only be understood, tested and changed together.
 */
class PackageCyclesTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.soat");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("vn.soat.(**)").should().beFreeOfCycles().check(MAIN);
    }
}
