package vn.soat.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.soat.Fixtures;
import vn.soat.check.CheckResult;
import vn.soat.finding.Finding;

/**
 * Real documents from public sources (fixtures/field/): every defect a reviewer found must be found, and no
 * ERROR or WARNING a reviewer would call wrong may appear. The holdout/ folder is not tested here: it is
 * measured once, with {@code bench/field-corpus.sh}, by someone who did not tune on it.
 */
class FieldCorpusTest {

    private static final Path FIELD = Fixtures.ROOT.resolve("field");

    @TestFactory
    Stream<DynamicTest> reviewersAgreeWithEveryFinding() {
        assertThat(FieldExpectation.documents(FIELD)).hasSizeGreaterThanOrEqualTo(20);
        return FieldExpectation.documents(FIELD).stream().map(document -> DynamicTest.dynamicTest(
                document.getFileName().toString(), () -> {
                    FieldExpectation expectation = FieldExpectation.of(document);
                    CheckResult result = Fixtures.check(document);
                    assertThat(expectation.wrong(result).stream().map(FieldCorpusTest::describe))
                            .as("findings a reviewer calls wrong in %s", document).isEmpty();
                    assertThat(expectation.missed(result)).as("real defects missed in %s", document).isEmpty();
                }));
    }

    private static String describe(Finding finding) {
        return finding.severity() + " " + finding.ruleId() + " at line " + finding.location().line() + ": "
                + finding.message();
    }
}
