package vn.soat.render;

import java.util.List;
import vn.soat.check.CheckResult;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;
import vn.soat.profile.OutlineProfile;

/** What a person reads in a terminal: the verdict, then findings grouped by severity with page and line. */
public final class TextReport {

    private TextReport() {
    }

    /** @param profiles the outline profiles loaded, to say how the outline was chosen ({@link OutlineSource}) */
    public static String render(CheckResult result, List<OutlineProfile> profiles) {
        StringBuilder out = new StringBuilder();
        out.append(FileLabel.of(result.file())).append(" — ").append(result.verdict().label().toUpperCase(java.util.Locale.ROOT))
                .append(String.format(" (%d lỗi, %d cảnh báo, %d thông tin)%n", result.summary().errors(),
                        result.summary().warnings(), result.summary().infos()));
        out.append(String.format("  định dạng %s · %s · loại văn bản: %s · mẫu đề cương: %s%s%n", result.format(),
                result.pages() > 0 ? result.pages() + " trang" : "không rõ số trang",
                result.documentType().code().isEmpty() ? "không rõ"
                        : result.documentType().name() + " (" + result.documentType().code() + ")", result.profile(),
                " (" + OutlineSource.of(result, profiles) + ")"));
        if (result.request() != null) {
            out.append("  đối chiếu với: ").append(RequestLine.of(result.request())).append('\n');
        }
        for (Severity severity : Severity.values()) {
            List<Finding> group = result.findings().stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.append('\n').append(heading(severity)).append('\n');
            for (Finding finding : group) {
                out.append(String.format("  %-14s %s%n", LocationLabel.SHORT.of(finding.location()), finding.ruleId()));
                out.append("                 ").append(finding.message()).append('\n');
                if (!finding.excerpt().isBlank()) {
                    out.append("                 « ").append(finding.excerpt().replace('\n', ' ')).append(" »\n");
                }
                if (!finding.legalBasis().isBlank()) {
                    out.append("                 Căn cứ: ").append(finding.legalBasis()).append('\n');
                }
                if (!finding.suggestion().isBlank()) {
                    out.append("                 Cách sửa: ").append(finding.suggestion()).append('\n');
                }
            }
        }
        if (result.findings().isEmpty()) {
            out.append("\n  Không phát hiện vấn đề nào.\n");
        }
        return out.toString();
    }

    private static String heading(Severity severity) {
        return switch (severity) {
            case ERROR -> "LỖI (phải sửa)";
            case WARNING -> "CẢNH BÁO (cần xem xét)";
            case INFO -> "THÔNG TIN";
        };
    }
}
