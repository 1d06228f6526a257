package vn.soat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.soat.Fixtures;
import vn.soat.check.CheckResult;
import vn.soat.ingest.Submission;
import vn.soat.request.ReportRequest;

/**
 * Every rule proves itself on documents: {@code fixtures/rules/<RULE_ID>/fail-*} must raise the
 * rule, {@code pass-*} must not. New fixtures are picked up without touching this class. A folder may hold a
 * {@code letter.txt}: its fixtures are then checked against that request letter ({@code soat check --request}).
 */
class RuleFixturesTest {

    private static final Path RULES = Fixtures.ROOT.resolve("rules");

    @TestFactory
    Stream<DynamicTest> everyFixtureBehavesAsItsNameSays() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(RULES)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String ruleId = dir.getFileName().toString();
                ReportRequest request = Files.isRegularFile(dir.resolve("letter.txt"))
                        ? Fixtures.pipeline().readLetter(new Submission("letter.txt", Files.readAllBytes(dir.resolve("letter.txt"))))
                        : ReportRequest.NONE;
                for (Path file : Fixtures.list(dir)) {
                    String name = file.getFileName().toString();
                    if (name.startsWith("fail-")) {
                        tests.add(DynamicTest.dynamicTest(ruleId + "/" + name + " raises " + ruleId,
                                () -> assertThat(Fixtures.ruleIds(check(file, request))).as("rule ids of %s", name).contains(ruleId)));
                    } else if (name.startsWith("pass-")) {
                        tests.add(DynamicTest.dynamicTest(ruleId + "/" + name + " does not raise " + ruleId,
                                () -> {
                                    CheckResult result = check(file, request);
                                    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals(ruleId))
                                            .as("findings of %s on %s", ruleId, name).isEmpty();
                                }));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static CheckResult check(Path file, ReportRequest request) throws IOException {
        return Fixtures.pipeline().check(new Submission(file.getFileName().toString(), Files.readAllBytes(file)),
                java.util.Optional.empty(), request);
    }

    @Test
    void everyRuleHasFailingAndPassingFixtures() {
        for (CatalogueEntry entry : Fixtures.pipeline().rules().catalogue()) {
            List<String> names = Fixtures.list(RULES.resolve(entry.id())).stream()
                    .map(p -> p.getFileName().toString()).toList();
            assertThat(names).as("fixtures of %s", entry.id()).anyMatch(n -> n.startsWith("fail-"));
            assertThat(names).as("fixtures of %s", entry.id()).anyMatch(n -> n.startsWith("pass-"));
        }
    }

    @Test
    void everyFixtureFolderNamesARule() throws IOException {
        Set<String> ids = Fixtures.pipeline().rules().catalogue().stream().map(CatalogueEntry::id)
                .collect(Collectors.toSet());
        try (Stream<Path> dirs = Files.list(RULES)) {
            assertThat(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()))
                    .allSatisfy(name -> assertThat(ids).contains(name));
        }
    }
}
