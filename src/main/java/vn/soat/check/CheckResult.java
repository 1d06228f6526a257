package vn.soat.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.soat.finding.Finding;
import vn.soat.finding.Summary;
import vn.soat.finding.Verdict;
import vn.soat.model.DataCutoff;
import vn.soat.model.Deadline;
import vn.soat.model.RequestLetter;
import vn.soat.profile.Indicator;
import vn.soat.request.ReportRequest;

/**
 * The outcome of checking one file, as every interface shows it (docs/findings.md, "A check result");
 * {@code indicators} are the figures the outline asks for (docs/indicators.md), absent from JSON when none;
 * {@code request} is what the report was checked against besides the rules, absent when it was checked on its own.
 */
@JsonPropertyOrder({"id", "file", "sha256", "format", "pages", "documentType", "issuer", "profile", "profileDetected", "checkedAt", "durationMs", "rulesVersion",
    "request", "verdict", "summary", "coverage", "indicators", "findings"})
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
        @JsonInclude(JsonInclude.Include.NON_NULL) Request request,
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
                null, verdict, summary, coverage, List.of(), findings);
    }

    public CheckResult withId(String newId) {
        return new CheckResult(newId, file, sha256, format, pages, documentType, issuer, profile, profileDetected, checkedAt, durationMs, rulesVersion,
                request, verdict, summary, coverage, indicators, findings);
    }

    /**
     * The document type as the result shows it: {@code code} is the Phụ lục III abbreviation ({@code BC},
     * {@code KH}, {@code QĐ}…) or {@code CV} for a công văn, {@code name} its Vietnamese name; empty when
     * the document could not be read.
     */
    public record DocumentKind(String code, String name) {

        public static final DocumentKind UNKNOWN = new DocumentKind("", "");
    }

    /**
     * What a report was checked against besides the rules, as soát read it (docs/findings.md, "request"), so
     * that a reader can tell a wrong finding from a misread letter.
     *
     * @param letter       the request letter as findings name it ({@code Công văn số 812/SNgV-HTQT ngày 20/5/2026 của
     *                     Sở Ngoại vụ}); null when only a deadline was set
     * @param period       the reporting period the letter asks for ({@code 6 tháng đầu năm 2026}); null when it names none
     * @param dataPeriod   the data period the letter sets, as shown in findings; null when it sets none (the
     *                     cut-off of Nghị định 09/2019/NĐ-CP then applies)
     * @param items        how many items the letter asks the report to cover; 0 when none were read (the outline is
     *                     then detected from the report)
     * @param deadline     the last day a report may be dated, ISO-8601 ({@code 2026-06-17}); null when none
     * @param deadlineText the deadline as written and where it comes from ({@code trước ngày 18/6/2026 (Công văn số …)})
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(String letter, String period, String dataPeriod, int items, String deadline, String deadlineText) {

        /** Null for {@link ReportRequest#NONE}: a report checked on its own has no request part. */
        public static Request of(ReportRequest request) {
            if (request.letter().isEmpty() && request.deadline().isEmpty() && request.cutoff().isEmpty()) {
                return null;
            }
            RequestLetter letter = request.letter().orElse(null);
            Deadline deadline = request.deadline().orElse(null);
            return new Request(letter == null ? null : letter.display(),
                    letter == null || !letter.hasPeriod() ? null : letter.periodDisplay(),
                    request.cutoff().map(DataCutoff::display).orElse(null),
                    letter == null ? 0 : letter.items().size(),
                    deadline == null ? null : LocalDate.ofEpochDay(deadline.lastDay()).toString(),
                    deadline == null ? null : deadline.display() + " (" + deadline.source() + ")");
        }
    }

    public boolean hasErrors() {
        return summary.errors() > 0;
    }
}
