package vn.soat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unbescape.html.HtmlEscape;
import vn.soat.render.Json;

/**
 * {@code --format sarif} is valid SARIF 2.1.0 (the OASIS schema in src/test/resources/sarif) and {@code --format html}
 * one standalone page; both say what {@code --format json} says about the same files.
 */
class ReportFormatsTest {

    @TempDir
    static Path dir;
    static JsonNode json;

    @BeforeAll
    static void checkAsJson() throws IOException {
        ScriptingTest.tree(dir);
        // a name that must be escaped in HTML and percent-encoded in a URI
        Files.copy(ScriptingTest.SEED, dir.resolve("b/<báo cáo> & \"x\".txt"));
        json = Json.MAPPER.readTree(CliRun.of("check", "--format", "json", dir.toString()).out());
        assertThat(json).hasSize(5);
    }

    private static Schema sarifSchema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream schema = ReportFormatsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return registry.getSchema(new String(schema.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    @Test
    void sarifIsValidAgainstTheOasisSchema() throws IOException {
        CliRun run = CliRun.of("check", "--format", "sarif", dir.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(sarifSchema().validate(run.out(), InputFormat.JSON)).isEmpty();
        // A file not read is a notification of the run's invocation, and still valid SARIF.
        CliRun unread = CliRun.of("check", "--format", "sarif", "--soat.max-upload-size=4KB", dir.toString());
        assertThat(unread.out()).contains("\"toolExecutionNotifications\"");
        assertThat(sarifSchema().validate(unread.out(), InputFormat.JSON)).isEmpty();
    }

    @Test
    void theSchemaCatchesWhatIsNotSarif() throws IOException {
        String sarif = CliRun.of("check", "--format", "sarif", ScriptingTest.SEED.toString()).out();
        assertThat(sarifSchema().validate(sarif.replaceFirst("\"level\" : \"error\"", "\"level\" : \"fatal\""), InputFormat.JSON))
                .isNotEmpty();
        assertThat(sarifSchema().validate(sarif.replaceFirst("\"helpUri\" : \"[^\"]*\"", "\"helpUri\" : \"a b\""),
                InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void sarifSaysWhatTheJsonSays() throws Exception {
        JsonNode run = Json.MAPPER.readTree(CliRun.of("check", "--format", "sarif", dir.toString()).out()).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        List<String> expected = new ArrayList<>();
        for (int file = 0; file < json.size(); file++) {
            JsonNode artifact = run.get("artifacts").get(file);
            assertThat(artifact.get("location").get("uri").asString())
                    .isEqualTo(new java.net.URI(null, null, Path.of("").toAbsolutePath().relativize(
                            Path.of(json.get(file).get("file").asString()).toAbsolutePath()).toString(), null).toASCIIString());
            assertThat(artifact.get("properties").get("verdict")).isEqualTo(json.get(file).get("verdict"));
            assertThat(artifact.get("hashes").get("sha-256")).isEqualTo(json.get(file).get("sha256"));
            for (JsonNode finding : json.get(file).get("findings")) {
                JsonNode location = finding.get("location");
                expected.add(String.join("|", String.valueOf(file), finding.get("ruleId").asString(),
                        switch (finding.get("severity").asString()) {
                            case "ERROR" -> "error";
                            case "WARNING" -> "warning";
                            default -> "note";
                        }, finding.get("message").asString(), location.path("line").asString("0"),
                        location.path("page").asString("0"), finding.get("legalBasis").asString()));
            }
        }
        List<String> actual = new ArrayList<>();
        for (JsonNode result : run.get("results")) {
            JsonNode location = result.get("locations").get(0);
            JsonNode rule = rules.get(result.get("ruleIndex").asInt());
            assertThat(rule.get("id")).isEqualTo(result.get("ruleId"));
            assertThat(rule.get("helpUri").asString()).isEqualTo("http://localhost:8080/rules#" + rule.get("id").asString());
            assertThat(rule.get("help").get("text").asString()).contains(result.get("properties").get("legalBasis").asString());
            actual.add(String.join("|", location.get("physicalLocation").get("artifactLocation").get("index").asString(),
                    result.get("ruleId").asString(), result.get("level").asString(), result.get("message").get("text").asString(),
                    location.get("physicalLocation").path("region").path("startLine").asString("0"),
                    location.path("properties").path("page").asString("0"), result.get("properties").get("legalBasis").asString()));
        }
        assertThat(actual).isEqualTo(expected).isNotEmpty();
        assertThat(expected).anyMatch(line -> line.contains("|note|") || line.contains("|warning|"));
    }

    @Test
    void sarifListsEveryRuleOnceWithItsLegalBasisAndLevel() throws IOException {
        JsonNode rules = Json.MAPPER.readTree(CliRun.of("check", "--format", "sarif", ScriptingTest.CLEAN.toString()).out())
                .get("runs").get(0).get("tool").get("driver").get("rules");
        JsonNode catalogue = Json.MAPPER.readTree(CliRun.of("--rules", "rules", "rules", "--format", "json").out());
        assertThat(rules.findValuesAsString("id")).isEqualTo(catalogue.findValuesAsString("id"));
        JsonNode number = rules.get(rules.findValuesAsString("id").indexOf("FMT_NUMBER_MISSING"));
        assertThat(number.get("defaultConfiguration").get("level").asString()).isEqualTo("error");
        assertThat(number.get("help").get("text").asString()).contains("Nghị định 30/2020/NĐ-CP");
    }

    @Test
    void aRulesUrlMustBeAbsolute() {
        CliRun run = CliRun.of("check", "--format", "sarif", "--rules-url", "rules.html", ScriptingTest.CLEAN.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("soát: --rules-url");
    }

    private static String text(String html) {
        return HtmlEscape.unescapeHtml(html);
    }

    @Test
    void htmlIsOneStandalonePageThatSaysWhatTheJsonSays() {
        String html = CliRun.of("check", "--format", "html", dir.toString()).out();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\"")
                .doesNotContain("<link").doesNotContain("<script").doesNotContain("src=").doesNotContain("url(");
        Matcher rows = Pattern.compile("<tr>\\s*<td class=\"n\">(\\d+)</td>\\s*<td><a href=\"#([^\"]+)\">([^<]*)</a></td>\\s*"
                + "<td class=\"verdict [a-z]+\">([^<]*)</td>\\s*<td class=\"n\">(\\d+)</td>\\s*<td class=\"n\">(\\d+)</td>\\s*"
                + "<td class=\"n\">(\\d+)</td>").matcher(html);
        for (JsonNode result : json) {
            assertThat(rows.find()).isTrue();
            assertThat(text(rows.group(3))).isEqualTo(result.get("file").asString());
            assertThat(rows.group(4)).isEqualTo(switch (result.get("verdict").asString()) {
                case "PASSED" -> "Đạt";
                case "REVIEW" -> "Cần xem xét";
                default -> "Trả lại";
            });
            assertThat(rows.group(5)).isEqualTo(result.get("summary").get("errors").asString());
            assertThat(rows.group(6)).isEqualTo(result.get("summary").get("warnings").asString());
            assertThat(rows.group(7)).isEqualTo(result.get("summary").get("infos").asString());
            String section = html.substring(html.indexOf("id=\"" + rows.group(2) + "\""));
            section = text(section.substring(0, section.indexOf("</section>")));
            int at = 0;
            for (JsonNode finding : result.get("findings")) {
                at = section.indexOf(finding.get("message").asString(), at);
                assertThat(at).as(finding.get("message").asString()).isPositive();
            }
            assertThat(section.split("class=\"finding ", -1)).hasSize(result.get("findings").size() + 1);
        }
        assertThat(rows.find()).isFalse();
        assertThat(html).contains("&lt;báo cáo&gt; &amp; &quot;x&quot;.txt").doesNotContain("<báo cáo>");
    }
}
