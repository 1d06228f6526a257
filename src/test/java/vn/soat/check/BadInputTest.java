package vn.soat.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.soat.Fixtures;
import vn.soat.cli.Cli;

/**
 * {@code fixtures/bad/}: files soát cannot process. Each must give the DOC_* finding named in
 * {@code expected.properties}, nothing else, and the command line must exit 1 (an ERROR
 * finding), never crash.
 */
class BadInputTest {

    private static final Path BAD = Fixtures.ROOT.resolve("bad");
    /** Letters only Vietnamese uses: đ, ơ, ư and the vowels with tone marks. */
    static final String VIETNAMESE = "[đĐơƠưƯ\u1EA0-\u1EF9àáảãạâèéẻẽêìíỉĩòóỏõôùúủũýỳỷỹ]";

    @TestFactory
    Stream<DynamicTest> badInputGivesOnlyItsDocumentFinding() throws IOException {
        Properties expected = new Properties();
        try (var in = Files.newBufferedReader(BAD.resolve("expected.properties"))) {
            expected.load(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : expected.stringPropertyNames().stream().sorted().toList()) {
            Path file = BAD.resolve(name);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                CheckResult result = Fixtures.check(file);
                assertThat(Fixtures.ruleIds(result)).containsExactly(expected.getProperty(name));
                assertThat(result.verdict()).isEqualTo(vn.soat.finding.Verdict.RETURNED);
                // The English message says why in English: no Vietnamese reason inside it.
                result.findings().forEach(f -> assertThat(f.messageEn()).as(f.message()).doesNotContainPattern(VIETNAMESE));
                StringWriter out = new StringWriter();
                int code = Cli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "check", file.toString());
                assertThat(code).isEqualTo(1);
            }));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(6);
        return tests.stream();
    }
}
