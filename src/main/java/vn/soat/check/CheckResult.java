package vn.soat.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import vn.soat.finding.Finding;
import vn.soat.finding.Summary;
import vn.soat.finding.Verdict;

/** The outcome of checking one file, as every interface shows it (docs/findings.md, "A check result"). */
@JsonPropertyOrder({"id", "file", "sha256", "format", "pages", "documentType", "issuer", "profile", "profileDetected", "checkedAt", "durationMs", "rulesVersion",
    "verdict", "summary", "coverage", "findings"})
public record CheckResult(
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String id,
        String file,
        String sha256,
        String format,
        int pages,
        DocumentKind documentType,
        String issuer,
        String profile,
        boolean profileDetected,
        Instant checkedAt,
        long durationMs,
        String rulesVersion,
        Verdict verdict,
        Summary summary,
        List<CoverageItem> coverage,
        List<Finding> findings) {

    public CheckResult withId(String newId) {
        return new CheckResult(newId, file, sha256, format, pages, documentType, issuer, profile, profileDetected, checkedAt, durationMs, rulesVersion,
                verdict, summary, coverage, findings);
    }

    /**
     * The document type as the result shows it: {@code code} is the Phụ lục III abbreviation ({@code BC},
     * {@code KH}, {@code QĐ}…) or {@code CV} for a công văn, {@code name} its Vietnamese name; empty when
     * the document could not be read.
     */
    public record DocumentKind(String code, String name) {

        public static final DocumentKind UNKNOWN = new DocumentKind("", "");
    }

    public boolean hasErrors() {
        return summary.errors() > 0;
    }
}
