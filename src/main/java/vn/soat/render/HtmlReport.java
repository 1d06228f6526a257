package vn.soat.render;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.soat.check.CheckResult;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;
import vn.soat.finding.Verdict;

/**
 * A run of {@code soat check} as one standalone, printable HTML page in Vietnamese: a table of the files with
 * their verdicts and counts, then the findings of each file. Styles are inline and nothing is fetched, so the
 * page can be mailed or archived as it is; every text goes through Thymeleaf's escaping
 * (template {@code report/checks.html}).
 */
public final class HtmlReport {

    private static final SpringTemplateEngine ENGINE = engine();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    /** Vietnam's time, as on the result page and the desk, whatever zone the machine that ran the check is set to. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private HtmlReport() {
    }

    public static String render(List<CheckResult> results, List<Unread> unread) {
        List<FileView> files = results.stream().map(FileView::of).toList();
        Context context = new Context();
        context.setVariables(Map.of(
                "files", files,
                "unread", unread,
                "generated", WHEN.format(ZonedDateTime.now(VIETNAM)) + " (giờ Việt Nam)",
                "passed", count(results, Verdict.PASSED),
                "review", count(results, Verdict.REVIEW),
                "returned", count(results, Verdict.RETURNED)));
        return ENGINE.process("checks", context);
    }

    private static long count(List<CheckResult> results, Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlReport.class.getClassLoader());
        resolver.setPrefix("report/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** One file as the page shows it; {@code anchor} links the table row to the file's findings. */
    public record FileView(String anchor, String file, String verdict, String verdictClass, int errors, int warnings,
            int infos, String details, List<FindingView> findings) {

        static FileView of(CheckResult result) {
            String type = result.documentType().code().isEmpty() ? "không rõ loại văn bản"
                    : result.documentType().name() + " (" + result.documentType().code() + ")";
            String details = result.format() + " · " + (result.pages() > 0 ? result.pages() + " trang" : "không rõ số trang")
                    + " · " + type + " · mẫu đề cương: " + result.profile()
                    + (result.request() == null ? "" : " · đối chiếu với: " + RequestLine.of(result.request()));
            return new FileView("f-" + result.sha256().substring(0, Math.min(12, result.sha256().length())) + "-"
                    + Integer.toHexString(result.file().hashCode()), result.file(), result.verdict().label(),
                    result.verdict().name().toLowerCase(java.util.Locale.ROOT), result.summary().errors(),
                    result.summary().warnings(), result.summary().infos(), details,
                    result.findings().stream().map(FindingView::of).toList());
        }
    }

    public record FindingView(String severity, String severityClass, String where, String ruleId, String message,
            String excerpt, String legalBasis, String suggestion) {

        static FindingView of(Finding finding) {
            return new FindingView(label(finding.severity()), finding.severity().name().toLowerCase(java.util.Locale.ROOT),
                    LocationLabel.LONG.of(finding.location()), finding.ruleId(), finding.message(), finding.excerpt(),
                    finding.legalBasis(), finding.suggestion());
        }

        private static String label(Severity severity) {
            return switch (severity) {
                case ERROR -> "Lỗi";
                case WARNING -> "Cảnh báo";
                case INFO -> "Thông tin";
            };
        }
    }
}
