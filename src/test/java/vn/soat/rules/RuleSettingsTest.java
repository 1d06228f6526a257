package vn.soat.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.soat.check.CheckPipeline;
import vn.soat.check.CheckResult;
import vn.soat.extract.ocr.OcrEngine;
import vn.soat.extract.ocr.OcrSettings;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;
import vn.soat.ingest.Submission;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.rulesdir.RuleLoadException;

class RuleSettingsTest {

    /** The seed's own findings include CIT_REQUEST_MISSING (ERROR) and STR_NUMBERING. */
    private static final Path SEED = Path.of("fixtures/seeds/002_nga-son-doi-ngoai-2019.txt");

    private static CheckResult check(RuleSettings settings) throws Exception {
        CheckPipeline pipeline = CheckPipeline.load(RuleFiles.in(Path.of("rules")), settings,
                OcrEngine.create(OcrSettings.DEFAULTS));
        return pipeline.check(new Submission(SEED.toString(), java.nio.file.Files.readAllBytes(SEED)), Optional.empty());
    }

    private static List<Finding> of(CheckResult result, String id) {
        return result.findings().stream().filter(f -> f.ruleId().equals(id)).toList();
    }

    @Test
    void aDisabledRuleDoesNotFireAndTheOthersStill() throws Exception {
        CheckResult result = check(RuleSettings.of(Map.of(), List.of("CIT_REQUEST_MISSING")));
        assertThat(of(result, "CIT_REQUEST_MISSING")).isEmpty();
        assertThat(of(result, "STR_NUMBERING")).isNotEmpty();
        assertThat(of(check(RuleSettings.DEFAULTS), "CIT_REQUEST_MISSING")).isNotEmpty();
    }

    @Test
    void aConfiguredSeverityIsTheFindingsSeverityAndCountsInTheSummary() throws Exception {
        CheckResult defaults = check(RuleSettings.DEFAULTS);
        CheckResult configured = check(RuleSettings.of(Map.of("CIT_REQUEST_MISSING", Severity.INFO), List.of()));
        assertThat(of(defaults, "CIT_REQUEST_MISSING")).extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(of(configured, "CIT_REQUEST_MISSING")).extracting(Finding::severity).containsOnly(Severity.INFO);
        int moved = of(defaults, "CIT_REQUEST_MISSING").size();
        assertThat(moved).isPositive();
        assertThat(configured.summary().errors()).isEqualTo(defaults.summary().errors() - moved);
        assertThat(configured.summary().infos()).isEqualTo(defaults.summary().infos() + moved);
    }

    @Test
    void theCatalogueShowsDefaultAndConfiguredSeverityAndWhetherARuleIsOn() {
        RuleBase rules = RuleBase.load(RuleFiles.in(Path.of("rules")),
                RuleSettings.of(Map.of("SIG_DIGITAL_MISSING", Severity.WARNING), List.of("FMT_ENDMARK_MISSING")));
        CatalogueEntry digital = entry(rules, "SIG_DIGITAL_MISSING");
        assertThat(digital.severities()).containsExactly(Severity.INFO);
        assertThat(digital.configuredSeverities()).containsExactly(Severity.WARNING);
        assertThat(digital.enabled()).isTrue();
        CatalogueEntry endmark = entry(rules, "FMT_ENDMARK_MISSING");
        assertThat(endmark.enabled()).isFalse();
        assertThat(endmark.configuredSeverities()).isEqualTo(endmark.severities());
    }

    @Test
    void aSettingThatNamesNoRuleStopsLoadingWithItsKey() {
        assertThatThrownBy(() -> RuleBase.load(RuleFiles.in(Path.of("rules")),
                RuleSettings.of(Map.of("SIG_NO_SUCH_RULE", Severity.INFO), List.of())))
                .isInstanceOf(RuleLoadException.class)
                .hasMessage("soat.rules.severity: không có quy tắc SIG_NO_SUCH_RULE");
        assertThatThrownBy(() -> RuleBase.load(RuleFiles.in(Path.of("rules")), RuleSettings.of(Map.of(), List.of("NOPE_X"))))
                .hasMessage("soat.rules.disabled: không có quy tắc NOPE_X");
    }

    @Test
    void theCommandLineTakesTheSwitchesAsArgumentsForTheChecksAndTheCatalogue() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        int code = vn.soat.cli.Cli.run(new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()),
                "check", "--soat.rules.disabled=CIT_REQUEST_MISSING", "--format", "json", SEED.toString());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("\"STR_NUMBERING\"").doesNotContain("\"CIT_REQUEST_MISSING\"");

        java.io.StringWriter catalogue = new java.io.StringWriter();
        vn.soat.cli.Cli.run(new java.io.PrintWriter(catalogue), new java.io.PrintWriter(new java.io.StringWriter()),
                "--soat.rules.severity.SIG_DIGITAL_MISSING=WARNING", "rules");
        assertThat(catalogue.toString()).containsPattern("SIG_DIGITAL_MISSING +SIGNATURE +WARNING")
                .contains("mặc định: INFO; cấu hình: WARNING");
    }

    @Test
    void aSeverityThatIsNoneStopsTheCommandWithOneLineNamingTheKey() {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = vn.soat.cli.Cli.run(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err),
                "--soat.rules.severity.CIT_MALFORMED=BAD", "rules");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("soát: cấu hình không hợp lệ: soat.rules.severity").contains("\"BAD\"")
                .hasLineCount(1);
    }

    private static CatalogueEntry entry(RuleBase rules, String id) {
        return rules.catalogue().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
