package vn.soat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.soat.Fixtures;

/** docs/findings.md is the catalogue users read: every rule id of rules/*.drl has its row there, and no row outlives its id. */
class FindingsDocTest {

    private static final Path PAGE = Path.of("docs/findings.md");
    private static final Pattern ROW_ID = Pattern.compile("(?m)^\\| `([A-Z][A-Z0-9_]+)` \\|");

    private final List<String> ruleIds = Fixtures.pipeline().rules().catalogue().stream().map(CatalogueEntry::id).toList();

    @Test
    void everyRuleIdHasARowInTheCatalogue() throws IOException {
        assertThat(catalogueRows()).as("rule ids in the catalogue of docs/findings.md").containsAll(ruleIds);
    }

    @Test
    void everyImplementedRowNamesARuleThatExists() throws IOException {
        assertThat(ruleIds).as("ids of rules/*.drl (move a retired id out of the implemented catalogue)")
                .containsAll(catalogueRows());
    }

    /** The ids of the rows between the catalogue markers: the rules as implemented. */
    private static Set<String> catalogueRows() throws IOException {
        String page = Files.readString(PAGE);
        int begin = page.indexOf("<!-- catalogue:begin -->");
        int end = page.indexOf("<!-- catalogue:end -->");
        assertThat(begin).as("catalogue markers in %s", PAGE).isNotNegative().isLessThan(end);
        Set<String> ids = new LinkedHashSet<>();
        Matcher row = ROW_ID.matcher(page.substring(begin, end));
        while (row.find()) {
            ids.add(row.group(1));
        }
        return ids;
    }
}
