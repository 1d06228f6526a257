package vn.soat.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.soat.Fixtures;
import vn.soat.check.CheckResult;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;

/**
 * Twenty correct 2026 reports of a UBND xã that word, number and order their outline differently
 * (fixtures/clean/variants, made by fixtures/tools/make_coverage_variants.py) raise no
 * STR_SECTION_MISSING, and no other ERROR or WARNING either; five that really lack an item still
 * get it as an ERROR that names the item.
 */
class CoverageVariantsTest {

    private static final Path VARIANTS = Fixtures.ROOT.resolve("clean/variants");
    private static final Path FAILS = Fixtures.ROOT.resolve("rules/STR_SECTION_MISSING");
    private static final Map<String, String> MISSING = Map.of(
            "fail-variant-01-no-lanh-su.txt", "Lãnh sự và bảo hộ công dân",
            "fail-variant-02-no-hoi-nghi-hoi-thao.txt", "Hội nghị, hội thảo quốc tế",
            "fail-variant-03-no-han-che.txt", "Hạn chế, khó khăn",
            "fail-variant-04-no-phuong-huong.txt", "Phương hướng 6 tháng cuối năm",
            "fail-variant-05-nam-no-nguoi-viet-nam-o-nuoc-ngoai.txt", "Người Việt Nam ở nước ngoài");

    @TestFactory
    Stream<DynamicTest> correctVariantsGetNoErrorOrWarning() {
        List<Path> files = Fixtures.list(VARIANTS);
        assertThat(files).hasSize(20);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            CheckResult result = Fixtures.check(file);
            assertThat(result.findings()).as("findings of %s", file.getFileName())
                    .filteredOn(f -> f.severity() != Severity.INFO)
                    .extracting(f -> f.ruleId() + " " + f.location().line() + ": " + f.message())
                    .isEmpty();
            assertThat(result.coverage()).as("coverage of %s", file.getFileName())
                    .filteredOn(c -> c.required()).allSatisfy(c -> assertThat(c.covered()).as(c.itemId()).isTrue());
        }));
    }

    @TestFactory
    Stream<DynamicTest> anItemOnlyTouchedOnInPassingIsAWarningNotAnError() {
        return Fixtures.list(FAILS).stream().filter(f -> f.getFileName().toString().startsWith("fail-warning-"))
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                        assertThat(Fixtures.check(file).findings()).filteredOn(f -> f.ruleId().equals("STR_SECTION_MISSING"))
                                .singleElement().satisfies(f -> {
                                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                                    assertThat(f.message()).containsIgnoringCase("có thể thiếu").contains("khớp");
                                })));
    }

    @TestFactory
    Stream<DynamicTest> variantsThatLackAnItemGetItAsAnError() {
        return MISSING.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            List<Finding> missing = Fixtures.check(FAILS.resolve(e.getKey())).findings().stream()
                    .filter(f -> f.ruleId().equals("STR_SECTION_MISSING")).toList();
            assertThat(missing).as("STR_SECTION_MISSING of %s", e.getKey()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message()).contains("\"" + e.getValue() + "\"");
            });
        }));
    }
}
