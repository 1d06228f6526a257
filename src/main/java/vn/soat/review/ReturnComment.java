package vn.soat.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.soat.check.CheckResult;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;
import vn.soat.model.Location;
import vn.soat.render.LocationLabel;

/**
 * The comment a Sở reviewer pastes into the e-office "trả lại" dialog, drafted from a check's findings
 * and edited by the reviewer before use: one line per kind of reason, as reviewers write them
 * ({@code Sai thể thức: …; Sai số liệu: …}), each reason short and with where it is (trang, dòng, mục).
 * ERROR findings come first in each group, then WARNING ones marked "đề nghị xem lại"; INFO findings and
 * waived findings are left out. Plain text, lines separated by {@code \n}.
 */
public final class ReturnComment {

    /** Longest reason, in characters, before it is cut at a word with an ellipsis. */
    static final int MAX_REASON = 160;

    private ReturnComment() {
    }

    /** As {@link #draft(CheckResult, List)} with no waivers. */
    public static String draft(CheckResult result) {
        return draft(result, List.of());
    }

    /** The comment for a check result, naming the document by its type and file name. */
    public static String draft(CheckResult result, List<Waiver> waivers) {
        String type = result.documentType() == null || result.documentType().name().isBlank()
                ? "Văn bản" : result.documentType().name();
        return draft(type + " (tệp " + result.file() + ")", result.findings(), waivers);
    }

    /**
     * @param document how the comment names the document, e.g. {@code Báo cáo số 12/BC-UBND ngày 15/6/2023}
     * @param findings the check's findings, any order
     * @param waivers the reviewer's waivers; a finding they cover is not a reason to return
     * @return the comment; when nothing is left to fix, a line that says so
     */
    public static String draft(String document, List<Finding> findings, List<Waiver> waivers) {
        Map<ReturnGroup, List<Finding>> groups = new EnumMap<>(ReturnGroup.class);
        for (Finding finding : Waivers.unwaived(findings, waivers)) {
            if (finding.severity() != Severity.INFO) {
                groups.computeIfAbsent(ReturnGroup.of(finding), g -> new ArrayList<>()).add(finding);
            }
        }
        if (groups.isEmpty()) {
            return document + " không có lỗi cần chỉnh sửa.";
        }
        StringBuilder out = new StringBuilder(document).append(" chưa đạt yêu cầu, đề nghị đơn vị chỉnh sửa và gửi lại:");
        int number = 1;
        for (Map.Entry<ReturnGroup, List<Finding>> group : groups.entrySet()) {
            List<String> reasons = new ArrayList<>();
            group.getValue().stream()
                    .sorted(Comparator.comparing(Finding::severity).thenComparingInt(f -> f.location().line()))
                    .forEach(f -> {
                        String reason = reason(f);
                        if (!reasons.contains(reason)) {
                            reasons.add(reason);
                        }
                    });
            out.append('\n').append(number++).append(". ").append(group.getKey().label).append(": ")
                    .append(String.join("; ", reasons)).append(number > groups.size() ? "." : ";");
        }
        return out.toString();
    }

    /** One reason: the message's gist with its place, e.g. {@code số thứ tự mục bị nhảy … (trang 1, dòng 103, mục VI)}. */
    static String reason(Finding finding) {
        String text = shorten(finding.message().strip());
        String where = where(finding.location());
        String reason = where.isEmpty() ? text : text + " (" + where + ")";
        return finding.severity() == Severity.WARNING ? reason + " — đề nghị xem lại" : reason;
    }

    static String where(Location location) {
        return LocationLabel.INLINE.known(location).orElse("");
    }

    /** Without its closing full stop, first letter in lower case unless it starts an acronym, at most {@link #MAX_REASON}. */
    private static String shorten(String message) {
        String text = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        if (text.length() <= MAX_REASON) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_REASON - 1);
        return text.substring(0, cut > MAX_REASON / 2 ? cut : MAX_REASON - 1).strip() + "…";
    }
}
