package vn.soat.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.soat.Fixtures;
import vn.soat.check.CheckResult;
import vn.soat.finding.Finding;
import vn.soat.ingest.Submission;
import vn.soat.request.ReportRequest;
import vn.soat.rules.RuleBase;
import vn.soat.rules.RuleInfo;

/**
 * The examples in rules/examples/ are what they say: each wrong text raises its case at its line, each right text
 * raises nothing of the case's id, and every example names a case that exists.
 */
class RuleExamplesTest {

    private static final RuleExamples EXAMPLES = RuleExamples.load(Fixtures.pipeline().loaded().files());
    private static final RuleBase RULES = Fixtures.pipeline().rules();

    private static String idOf(String caseName) {
        return RULES.rules().stream().filter(r -> r.name().equals(caseName)).map(RuleInfo::id).findFirst().orElseThrow();
    }

    /**
     * The example's committed file (a path from the project root) when it names one, else its text, checked against
     * its request letter when it has one, as {@code soat check --request} does.
     */
    private static CheckResult check(String file, String text, RuleExamples.CaseExample example) {
        Submission submission = file == null ? new Submission("inline.txt", text.getBytes(StandardCharsets.UTF_8))
                : new Submission(Path.of(file).getFileName().toString(), bytes(file));
        ReportRequest request = ReportRequest.NONE;
        if (example.letterFile() != null) {
            request = Fixtures.pipeline().readLetter(new Submission(Path.of(example.letterFile()).getFileName().toString(),
                    bytes(example.letterFile())));
        } else if (example.letter() != null) {
            request = Fixtures.pipeline().readLetter(new Submission("letter.txt", example.letter().getBytes(StandardCharsets.UTF_8)));
        }
        return Fixtures.pipeline().check(submission, Optional.empty(), request);
    }

    private static byte[] bytes(String file) {
        assertThat(Path.of(file)).as("example file").isRegularFile();
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> eachWrongTextRaisesItsCaseAtItsLine() {
        return EXAMPLES.all().stream().map(example -> DynamicTest.dynamicTest(example.example().caseName(), () -> {
            List<Finding> findings = check(example.example().wrongFile(), example.wrongText(), example.example()).findings().stream()
                    .filter(f -> f.caseName().equals(example.example().caseName())).toList();
            assertThat(findings).as("%s in %s", example.example().caseName(), example.file())
                    .extracting(f -> f.location().line()).contains(example.expectedLine());
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachRightTextRaisesNothingOfItsId() {
        return EXAMPLES.all().stream().map(example -> DynamicTest.dynamicTest(example.example().caseName(), () -> {
            String id = idOf(example.example().caseName());
            assertThat(check(example.example().rightFile(), example.rightText(), example.example()).findings()).filteredOn(f -> f.ruleId().equals(id))
                    .as("%s on the right text in %s", id, example.file()).isEmpty();
        }));
    }

    @Test
    void everyExampleNamesACaseOfTheRules() {
        Set<String> names = RULES.rules().stream().map(RuleInfo::name).collect(Collectors.toSet());
        assertThat(EXAMPLES.all()).isNotEmpty()
                .allSatisfy(example -> assertThat(names).as(example.file()).contains(example.example().caseName()));
    }

    /** Cases that have no examples yet, each with the reason: take a case off when it gets examples. */
    private static final Set<String> WITHOUT_EXAMPLES_YET = Set.of();

    @Test
    void everyCaseOfTheRulesHasExamples() {
        List<String> missing = RULES.rules().stream().map(RuleInfo::name)
                .filter(name -> EXAMPLES.of(name).isEmpty() && !WITHOUT_EXAMPLES_YET.contains(name)).toList();
        assertThat(missing).as("cases (rule blocks) of rules/*.drl without a wrong and a right example in rules/examples/")
                .isEmpty();
    }

    @Test
    void anExplanationShowsTheFirstCaseWithExamples() {
        RuleExplanation signer = RuleExplanation.find("SIG_AUTHORITY", RULES, EXAMPLES).orElseThrow();
        RuleExamples.CaseExample first = RULES.rules().stream().filter(r -> r.id().equals("SIG_AUTHORITY"))
                .map(r -> EXAMPLES.of(r.name())).flatMap(Optional::stream).findFirst().orElseThrow().example();
        assertThat(signer.wrong()).isEqualTo(first.wrong()).isNotBlank();
        assertThat(signer.right()).isEqualTo(first.right()).isNotEqualTo(first.wrong());
        assertThat(signer.cases()).extracting(RuleExplanation.Case::name).contains("SIG_AUTHORITY: authority marker without its dot");
        assertThat(RuleExplanation.find("NO_SUCH_RULE", RULES, EXAMPLES)).isEmpty();
    }

    @Test
    void anExampleJudgedAgainstALetterIsExplainedWithItsLetter() {
        RuleExplanation late = RuleExplanation.find("RPT_LATE", RULES, EXAMPLES).orElseThrow();
        assertThat(late.letter()).contains("Số: 7253/UBND-VP").contains("trước ngày");
        assertThat(late.wrong()).isNotBlank();
        assertThat(RuleExplanation.find("SIG_AUTHORITY", RULES, EXAMPLES).orElseThrow().letter()).isEmpty();
    }
}
