package vn.soat.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unbescape.html.HtmlEscape;
import vn.soat.Fixtures;
import vn.soat.explain.RuleExamples;
import vn.soat.explain.RuleExplanation;

/** The rules page lists every rule id with its cases, legal basis and examples, as {@code soat rules --explain} does. */
@SpringBootTest(classes = SoatWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:api;DB_CLOSE_DELAY=-1", "soat.max-upload-size=256KB"})
class RulesPageTest {

    @LocalServerPort
    int port;

    @Test
    void everyRuleIsOnThePageWithItsCasesBasisAndExamples() throws Exception {
        Http.Response page = new Http(port).get("/rules");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        String html = page.body();
        var rules = RuleExplanation.all(Fixtures.pipeline().rules(), RuleExamples.load(Fixtures.pipeline().loaded().files()));
        assertThat(rules).hasSizeGreaterThan(30);
        for (RuleExplanation rule : rules) {
            String from = html.substring(html.indexOf("id=\"" + rule.id() + "\""));
            String section = HtmlEscape.unescapeHtml(from.substring(0, from.indexOf("</section>")));
            assertThat(section).contains(rule.legalBasis());
            rule.cases().forEach(c -> assertThat(section).contains(c.name()));
            if (!rule.wrong().isBlank()) {
                assertThat(section).contains(rule.wrong().strip()).contains(rule.right().strip());
            }
            if (!rule.letter().isBlank()) {
                assertThat(section).contains("Công văn yêu cầu báo cáo").contains(rule.letter().strip());
            }
        }
        assertThat(html).contains("Tệp: fixtures/rules/SIG_DIGITAL_MISSING/");
        assertThat(rules).filteredOn(r -> !r.letter().isBlank()).extracting(RuleExplanation::id).contains("RPT_LATE");
    }
}
