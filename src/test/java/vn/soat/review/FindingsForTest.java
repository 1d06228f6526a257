package vn.soat.review;

import vn.soat.finding.Category;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;
import vn.soat.finding.TextSource;
import vn.soat.model.Location;

/** Small findings built by hand, as a check would return them. */
final class FindingsForTest {

    private FindingsForTest() {
    }

    static Finding finding(String ruleId, Category category, Severity severity, int page, int line, String section,
            String excerpt, String message) {
        return new Finding(ruleId, category, severity, message, message, "Nghị định 30/2020/NĐ-CP",
                new Location(page, line, section, 0, 0), excerpt, "", ruleId + ": case", TextSource.TEXT);
    }

    static Finding finding(String ruleId, int line, String excerpt) {
        return finding(ruleId, Category.NUMBERS, Severity.ERROR, 1, line, "", excerpt, "Lời nhắn của " + ruleId);
    }

    static Finding withCase(Finding f, String caseName) {
        return new Finding(f.ruleId(), f.category(), f.severity(), f.message(), f.messageEn(), f.legalBasis(),
                f.location(), f.excerpt(), f.suggestion(), caseName, f.source());
    }
}
