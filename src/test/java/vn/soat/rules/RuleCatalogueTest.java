package vn.soat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.soat.Fixtures;
import vn.soat.cli.Cli;
import vn.soat.finding.Category;

class RuleCatalogueTest {

    /** docs/findings.md, "Catalogue": ids are API and must never disappear. */
    private static final List<String> CONTRACT_IDS = List.of("FMT_NATIONAL_TITLE_MISSING", "FMT_ISSUER_MISSING",
            "FMT_NUMBER_MISSING", "FMT_SYMBOL_INVALID", "FMT_DATE_MISSING", "FMT_DATE_INVALID", "FMT_TITLE_MISSING",
            "CIT_REQUEST_MISSING", "CIT_REQUEST_AFTER_REPORT", "STR_NUMBERING", "SIG_AUTHORITY", "SIG_SIGNER_MISSING",
            "RCP_MISSING", "RCP_ARCHIVE_MISSING", "RCP_NHU_TREN_WITHOUT_ADDRESSEE", "RCP_REQUESTER_MISSING",
            "DOC_NO_TEXT", "DOC_UNREADABLE", "DOC_LEGACY_ENCODING", "CIT_SUPERSEDED", "RCP_OBSOLETE_UNIT",
            "FMT_PLACE_INVALID", "RPT_LATE", "RPT_DATA_PERIOD");

    private final RuleBase rules = Fixtures.pipeline().rules();

    @Test
    void ruleNamesAreUniqueAcrossFiles() {
        List<String> names = rules.rules().stream().map(RuleInfo::name).toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void everyCaseOfAnIdHasTheSameCategoryAndTheIdItsNameStartsWith() {
        Map<String, Category> categories = new HashMap<>();
        for (RuleInfo rule : rules.rules()) {
            Category first = categories.putIfAbsent(rule.id(), rule.category());
            assertThat(first == null ? rule.category() : first).as(rule.name()).isEqualTo(rule.category());
            assertThat(rule.name()).startsWith(rule.id() + ":");
            // RPT_ (report content: deadline, data period) is the contract's own prefix for STRUCTURE rules.
            assertThat(rule.id()).satisfiesAnyOf(id -> assertThat(id).startsWith(prefixOf(rule.category())),
                    id -> assertThat(rule.category() == Category.STRUCTURE && id.startsWith("RPT_")).isTrue());
        }
    }

    @Test
    void contractIdsAreAllPresent() {
        assertThat(rules.catalogue()).extracting(CatalogueEntry::id).containsAll(CONTRACT_IDS);
    }

    @Test
    void onlyDocumentRulesMayLackALegalBasis() {
        assertThat(rules.rules()).filteredOn(r -> r.category() != Category.DOCUMENT)
                .allSatisfy(r -> assertThat(r.legalBasis()).as(r.name()).isNotBlank());
    }

    @Test
    void everyIdAppearsInSoatRules() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), "--rules", "rules", "rules");
        assertThat(code).as(err.toString()).isZero();
        for (CatalogueEntry entry : rules.catalogue()) {
            assertThat(out.toString()).contains(entry.id());
        }
    }

    private static String prefixOf(Category category) {
        return switch (category) {
            case FORMAT -> "FMT_";
            case CITATION -> "CIT_";
            case STRUCTURE -> "STR_";
            case NUMBERS -> "NUM_";
            case SIGNATURE -> "SIG_";
            case RECIPIENTS -> "RCP_";
            case DOCUMENT -> "DOC_";
        };
    }
}
