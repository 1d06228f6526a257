package vn.soat.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.soat.check.CheckResult;

/**
 * What a report was checked against, in one line for people ({@code Công văn số 812/SNgV-HTQT … · kỳ báo cáo 6 tháng
 * đầu năm 2026 · 7 nội dung · hạn gửi 17/6/2026}): the same in the text and the HTML report.
 */
public final class RequestLine {

    private RequestLine() {
    }

    public static String of(CheckResult.Request request) {
        List<String> parts = new ArrayList<>();
        if (request.letter() != null) {
            parts.add(request.letter());
        }
        if (request.period() != null) {
            parts.add("kỳ báo cáo " + request.period());
        }
        if (request.dataPeriod() != null) {
            parts.add("số liệu " + request.dataPeriod());
        }
        if (request.letter() != null) {
            parts.add(request.items() > 0 ? request.items() + " nội dung yêu cầu" : "không đọc được danh sách nội dung");
        }
        if (request.deadline() != null) {
            LocalDate day = LocalDate.parse(request.deadline());
            parts.add("hạn gửi hết ngày " + day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear());
        }
        return String.join(" · ", parts);
    }
}
