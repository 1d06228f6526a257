package vn.soat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * Spring Boot 4 brings Jackson 3 ({@code tools.jackson.*}); our code, main and test, uses only that. Jackson 2's
 * databind and core are still on the class path because swagger-core (under springdoc) needs them, which is no
 * reason to use them. The annotations ({@code com.fasterxml.jackson.annotation}) are the ones Jackson 3 reads.
 */
class OneJsonStackTest {

    @Test
    void noClassOfOursUsesJackson2() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..",
                        "com.fasterxml.jackson.datatype..", "com.fasterxml.jackson.dataformat..")
                .check(new ClassFileImporter().importPackages("vn.soat"));
    }
}
