package vn.soat.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.soat.check.CheckResult;
import vn.soat.check.CoverageItem;
import vn.soat.finding.Category;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;
import vn.soat.finding.Verdict;
import vn.soat.history.StoredCheck;
import vn.soat.numbers.VietNumber;
import vn.soat.profile.Indicator;
import vn.soat.profile.OutlineProfile;
import vn.soat.render.LocationLabel;
import vn.soat.render.OutlineSource;
import vn.soat.render.RequestLine;

/** A check result as the page shows it: Vietnamese labels, findings grouped by category. */
record ResultView(
        String id,
        String fileName,
        String verdictLabel,
        String verdictClass,
        int errors,
        int warnings,
        int infos,
        String format,
        String documentType,
        String pages,
        String checkedAt,
        String sha256,
        String profileName,
        String profileSource,
        String request,
        List<CoverageRow> coverage,
        List<IndicatorRow> indicators,
        List<Group> groups,
        boolean headerNotSeen,
        boolean notProcessed) {

    private static final String LETTER_OUTLINE = "Các nội dung công văn yêu cầu báo cáo";

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    /** How many parts of the header reported absent mean the header was not in the extracted text at all. */
    private static final int HEADER_PARTS_ABSENT = 3;

    record Summary(String id, String fileName, String verdictLabel, String verdictClass, String checkedAt, String profile) {
    }

    record CoverageRow(String name, boolean covered, boolean required, boolean child, int line) {
    }

    /** A figure of the report: its value with unit, or "chưa rõ" and why; the line and the words it was read from. */
    record IndicatorRow(String name, String value, boolean ambiguous, String reason, int line, String text) {

        static IndicatorRow of(Indicator indicator) {
            String value = indicator.ambiguous() ? "chưa rõ" : VietNumber.format(indicator.value()) + " " + indicator.unit();
            return new IndicatorRow(indicator.name(), value, indicator.ambiguous(), indicator.reason(),
                    indicator.location().line(), indicator.text());
        }
    }

    record Group(String category, List<Item> findings) {
    }

    record Item(String severityLabel, String severityClass, String ruleId, String message, String where, String excerpt,
            String legalBasis, String suggestion) {
    }

    static Summary summaryOf(StoredCheck stored) {
        Verdict verdict = Verdict.valueOf(stored.verdict());
        return new Summary(stored.id(), stored.fileName(), verdict.label(), cssClass(verdict),
                TIME.format(stored.createdAt().atZone(VIETNAM)), stored.profile());
    }

    static ResultView of(StoredCheck stored, CheckResult result, List<OutlineProfile> profiles,
            java.util.function.Predicate<String> reportsAbsentHeader) {
        String profileName = profiles.stream().filter(p -> p.id().equals(result.profile())).map(OutlineProfile::name)
                .findFirst().orElse(result.profile().equals(vn.soat.profile.LetterOutline.ID)
                        ? LETTER_OUTLINE : result.profile());
        List<CoverageRow> coverage = outlineOrder(result.coverage()).stream().map(ResultView::row).toList();
        long absentHeaderParts = result.findings().stream()
                .filter(f -> f.caseName() != null && reportsAbsentHeader.test(f.caseName())).count();
        boolean notProcessed = OutlineSource.notRead(result);
        return new ResultView(stored.id(), result.file(), result.verdict().label(), cssClass(result.verdict()),
                result.summary().errors(), result.summary().warnings(), result.summary().infos(), result.format(),
                result.documentType().code().isEmpty() ? "không rõ"
                        : result.documentType().name() + " (" + result.documentType().code() + ")",
                result.pages() > 0 ? Integer.toString(result.pages()) : "không rõ",
                TIME.format(result.checkedAt().atZone(VIETNAM)), result.sha256(), profileName, "(" + OutlineSource.of(result, profiles) + ")",
                result.request() == null ? null : RequestLine.of(result.request()), coverage, result.indicators().stream().map(IndicatorRow::of).toList(), groups(result.findings()), absentHeaderParts >= HEADER_PARTS_ABSENT, notProcessed);
    }

    /** Each top-level item followed by its own sub-items, as the outline reads. */
    private static List<CoverageItem> outlineOrder(List<CoverageItem> items) {
        List<CoverageItem> ordered = new ArrayList<>();
        for (CoverageItem top : items.stream().filter(i -> i.parentId().isEmpty()).toList()) {
            ordered.add(top);
            items.stream().filter(i -> i.parentId().equals(top.itemId())).forEach(ordered::add);
        }
        return ordered;
    }

    private static CoverageRow row(CoverageItem item) {
        return new CoverageRow(item.name(), item.covered(), item.required(), !item.parentId().isEmpty(), item.line());
    }

    private static List<Group> groups(List<Finding> findings) {
        Map<Category, List<Item>> byCategory = new EnumMap<>(Category.class);
        for (Finding f : findings) {
            byCategory.computeIfAbsent(f.category(), c -> new ArrayList<>()).add(new Item(severityLabel(f.severity()),
                    f.severity().name().toLowerCase(java.util.Locale.ROOT), f.ruleId(), f.message(), LocationLabel.LONG.of(f.location()),
                    f.excerpt(), f.legalBasis(), f.suggestion()));
        }
        List<Group> groups = new ArrayList<>();
        byCategory.forEach((category, items) -> groups.add(new Group(category.label(), items)));
        return groups;
    }

    static String severityLabel(Severity severity) {
        return switch (severity) {
            case ERROR -> "Lỗi";
            case WARNING -> "Cảnh báo";
            case INFO -> "Thông tin";
        };
    }

    private static String cssClass(Verdict verdict) {
        return switch (verdict) {
            case PASSED -> "passed";
            case REVIEW -> "review";
            case RETURNED -> "returned";
        };
    }
}
