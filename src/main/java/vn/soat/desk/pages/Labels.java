package vn.soat.desk.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.soat.finding.Finding;
import vn.soat.model.Location;

/** Vietnamese labels for the desk's templates ({@code ${labels.…}}): dates, verdicts, states, places. */
@Component("labels")
public class Labels {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(VIETNAM));
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String verdict(String verdict) {
        return switch (verdict == null ? "" : verdict) {
            case "PASSED" -> "Đạt";
            case "REVIEW" -> "Cần xem xét";
            case "RETURNED" -> "Trả lại";
            default -> "";
        };
    }

    public String verdictClass(String verdict) {
        return verdict == null ? "" : verdict.toLowerCase(java.util.Locale.ROOT);
    }

    public String decision(String decision) {
        return switch (decision == null ? "" : decision) {
            case "ACCEPTED" -> "Chấp nhận";
            case "RETURNED" -> "Trả lại";
            default -> "Chưa quyết định";
        };
    }

    public String state(String state) {
        return switch (state == null ? "" : state) {
            case "MISSING" -> "Chưa gửi";
            case "WAITING" -> "Đang kiểm tra";
            case "FAILED" -> "Lỗi khi kiểm tra";
            default -> "Đã kiểm tra";
        };
    }

    public String match(String match) {
        return switch (match == null ? "" : match) {
            case "GIVEN" -> "do cán bộ chọn khi nhận";
            case "ISSUER" -> "nhận biết theo cơ quan ban hành";
            case "REVIEWER" -> "do cán bộ chọn";
            case "UNSURE" -> "chưa rõ, cần chọn";
            default -> "chưa kiểm tra";
        };
    }

    public String severity(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "Lỗi";
            case WARNING -> "Cảnh báo";
            case INFO -> "Thông tin";
        };
    }

    public String severityClass(Finding finding) {
        return finding.severity().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** "trang 1 · dòng 3 · mục II", or "toàn văn bản". */
    public String where(Finding finding) {
        Location location = finding.location();
        List<String> parts = new ArrayList<>();
        if (location.page() > 0) {
            parts.add("trang " + location.page());
        }
        if (location.line() > 0) {
            parts.add("dòng " + location.line());
        }
        if (!location.section().isEmpty()) {
            parts.add("mục " + location.section());
        }
        return parts.isEmpty() ? "toàn văn bản" : String.join(" · ", parts);
    }
}
