package vn.soat.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import vn.soat.finding.Finding;
import vn.soat.finding.Summary;
import vn.soat.finding.Verdict;
import vn.soat.profile.Indicator;

/**
 * The outcome of checking one file, as every interface shows it (docs/findings.md, "A check result");
 * {@code indicators} are the figures the outline asks for (docs/indicators.md), absent from JSON when none.
 */
@JsonPropertyOrder({"id", "file", "sha256", "format", "pages", "documentType", "issuer", "profile", "profileDetected", "checkedAt", "durationMs", "rulesVersion",
    "verdict", "summary", "coverage", "indicators", "findings"})
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
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Indicator> indicators,
        List<Finding> findings) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public CheckResult {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** A result without figures for indicators (a document that is not a report, or an outline that declares none). */
    public CheckResult(String id, String file, String sha256, String format, int pages, DocumentKind documentType, String issuer,
            String profile, boolean profileDetected, Instant checkedAt, long durationMs, String rulesVersion, Verdict verdict,
            Summary summary, List<CoverageItem> coverage, List<Finding> findings) {
        this(id, file, sha256, format, pages, documentType, issuer, profile, profileDetected, checkedAt, durationMs, rulesVersion,
                verdict, summary, coverage, List.of(), findings);
    }

    public CheckResult withId(String newId) {
        return new CheckResult(newId, file, sha256, format, pages, documentType, issuer, profile, profileDetected, checkedAt, durationMs, rulesVersion,
                verdict, summary, coverage, indicators, findings);
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
