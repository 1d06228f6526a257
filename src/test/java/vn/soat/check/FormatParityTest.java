package vn.soat.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.soat.Fixtures;
import vn.soat.finding.Finding;

/**
 * The same report as TXT, DOCX and PDF (and, where present, Word 97-2003 .doc) gives the same rule
 * ids: the format must not change the verdict. A .doc saved from the DOCX gives the DOCX's findings
 * one for one.
 */
class FormatParityTest {

    private static final Path FORMATS = Fixtures.ROOT.resolve("formats");

    @TestFactory
    Stream<DynamicTest> sameRuleIdsFromEveryFormat() {
        List<DynamicTest> tests = new ArrayList<>();
        TreeSet<String> stems = new TreeSet<>();
        for (Path file : Fixtures.list(FORMATS)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".txt")) {
                stems.add(name.substring(0, name.length() - 4));
            }
        }
        for (String stem : stems) {
            tests.add(DynamicTest.dynamicTest(stem, () -> {
                List<String> txt = Fixtures.ruleIds(Fixtures.check(FORMATS.resolve(stem + ".txt")));
                List<String> docx = Fixtures.ruleIds(Fixtures.check(FORMATS.resolve(stem + ".docx")));
                // Only a PDF can carry a digital signature; these unsigned ones are asked for it.
                List<String> pdf = Fixtures.ruleIds(Fixtures.check(FORMATS.resolve(stem + ".pdf"))).stream()
                        .filter(id -> !id.equals("SIG_DIGITAL_MISSING")).toList();
                assertThat(docx).as("DOCX vs TXT for %s", stem).isEqualTo(txt);
                assertThat(pdf).as("PDF vs TXT for %s", stem).isEqualTo(txt);
                Path doc = FORMATS.resolve(stem + ".doc");
                if (Files.exists(doc)) {
                    assertThat(Fixtures.ruleIds(Fixtures.check(doc))).as("DOC vs TXT for %s", stem).isEqualTo(txt);
                }
            }));
        }
        assertThat(stems).as("stems in %s", FORMATS).hasSizeGreaterThanOrEqualTo(3);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aDocSavedFromTheDocxGivesTheSameFindings() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : Fixtures.list(FORMATS)) {
            String name = doc.getFileName().toString();
            if (name.endsWith(".doc")) {
                Path docx = FORMATS.resolve(name + "x");
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    CheckResult fromDoc = Fixtures.check(doc);
                    assertThat(fromDoc.format()).isEqualTo("DOC");
                    assertThat(comparable(fromDoc)).as("DOC vs DOCX findings for %s", name)
                            .isEqualTo(comparable(Fixtures.check(docx)));
                }));
            }
        }
        assertThat(tests).as(".doc files in %s", FORMATS).hasSizeGreaterThanOrEqualTo(3);
        return tests.stream();
    }

    /** A finding as the reader compares it, without its line number. */
    private static List<String> comparable(CheckResult result) {
        return result.findings().stream()
                .map((Finding f) -> String.join(" · ", f.ruleId(), f.severity().name(), f.location().section(),
                        f.message(), f.excerpt()))
                .toList();
    }
}
