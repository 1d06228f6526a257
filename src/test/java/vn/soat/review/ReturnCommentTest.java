package vn.soat.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.soat.review.FindingsForTest.finding;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.soat.finding.Category;
import vn.soat.finding.Finding;
import vn.soat.finding.Severity;

class ReturnCommentTest {

    private static final String REPORT = "Báo cáo số 45/BC-UBND ngày 20/11/2024";

    private static final Finding PERCENT = finding("NUM_PERCENT_MISMATCH", Category.NUMBERS, Severity.ERROR, 2, 15, "I",
            "60 hộ = 5,03%", "60 hộ trên tổng số 1.169 hộ là 5,13%, nhưng văn bản ghi 5,03%.");
    private static final Finding NUMBER = finding("FMT_NUMBER_MISSING", Category.FORMAT, Severity.ERROR, 1, 3, "",
            "Số: /BC-UBND", "Số văn bản để trống: \"Số: /BC-UBND\" chưa có số.");
    private static final Finding END_MARK = finding("FMT_ENDMARK_MISSING", Category.FORMAT, Severity.WARNING, 3, 118, "",
            "", "Phần nội dung không kết thúc bằng dấu \"./.\".");
    private static final Finding OUTLINE = finding("STR_SECTION_MISSING", Category.STRUCTURE, Severity.ERROR, 0, 0, "",
            "", "Thiếu mục \"Công tác bảo hộ công dân\" theo đề cương.");
    private static final Finding ARCHIVE = finding("RCP_ARCHIVE_MISSING", Category.RECIPIENTS, Severity.ERROR, 3, 123, "",
            "Lưu: VP.", "Dòng \"Lưu: VP.\" không lưu một bản tại Văn thư (VT).");
    private static final Finding OCR = finding("DOC_OCR", Category.DOCUMENT, Severity.INFO, 1, 0, "", "",
            "Trang 1 được đọc bằng OCR.");

    @Test
    void findingsAreGroupedAsReviewersWriteThemWithTheirPlaces() {
        String comment = ReturnComment.draft(REPORT, List.of(ARCHIVE, PERCENT, END_MARK, OCR, NUMBER, OUTLINE), List.of());

        assertThat(comment).isEqualTo("""
                Báo cáo số 45/BC-UBND ngày 20/11/2024 chưa đạt yêu cầu, đề nghị đơn vị chỉnh sửa và gửi lại:
                1. Sai thể thức: số văn bản để trống: "Số: /BC-UBND" chưa có số (trang 1, dòng 3); \
                phần nội dung không kết thúc bằng dấu "./." (trang 3, dòng 118) — đề nghị xem lại;
                2. Sai số liệu: 60 hộ trên tổng số 1.169 hộ là 5,13%, nhưng văn bản ghi 5,03% (trang 2, dòng 15, mục I);
                3. Thiếu nội dung theo đề cương: thiếu mục "Công tác bảo hộ công dân" theo đề cương;
                4. Sai nơi nhận: dòng "Lưu: VP." không lưu một bản tại Văn thư (VT) (trang 3, dòng 123).""");
    }

    @Test
    void waivedFindingsAreNotReasonsToReturn() {
        Waiver waiver = new Waiver("NUM_PERCENT_MISMATCH", "60 hộ = 5,03%", "làm tròn", "reviewer1", Instant.EPOCH);

        String comment = ReturnComment.draft(REPORT, List.of(PERCENT, NUMBER), List.of(waiver));

        assertThat(comment).contains("Sai thể thức").doesNotContain("Sai số liệu").doesNotContain("5,03");
    }

    @Test
    void nothingLeftToFixSaysSo() {
        assertThat(ReturnComment.draft(REPORT, List.of(OCR), List.of()))
                .isEqualTo("Báo cáo số 45/BC-UBND ngày 20/11/2024 không có lỗi cần chỉnh sửa.");
    }

    @Test
    void digitalSignatureAndAuthorityAreToldApartByRuleId() {
        Finding broken = finding("SIG_DIGITAL_BROKEN", Category.SIGNATURE, Severity.ERROR, 1, 0, "", "", "Tệp bị sửa sau khi ký số.");
        Finding deputy = finding("SIG_AUTHORITY", Category.SIGNATURE, Severity.ERROR, 3, 80, "", "", "Cấp phó ký thiếu \"KT.\".");

        String comment = ReturnComment.draft(REPORT, List.of(broken, deputy), List.of());

        assertThat(comment).contains("1. Sai thẩm quyền ký: cấp phó ký thiếu \"KT.\" (trang 3, dòng 80);")
                .contains("2. Sai chữ ký số: tệp bị sửa sau khi ký số (trang 1).");
    }

    @Test
    void longMessageIsCutAtAWord() {
        String longMessage = "Quyết định ngày 05/6/2013 được dẫn với hai số khác nhau " + "rất dài ".repeat(30);
        Finding citation = finding("CIT_INCONSISTENT", Category.CITATION, Severity.ERROR, 1, 27, "", "", longMessage);

        String reason = ReturnComment.reason(citation);

        assertThat(reason).startsWith("quyết định ngày 05/6/2013").endsWith("… (trang 1, dòng 27)");
        assertThat(reason.indexOf('…')).isLessThanOrEqualTo(ReturnComment.MAX_REASON);
    }

    @Test
    void resultIsNamedByItsTypeAndFile() {
        vn.soat.check.CheckResult result = new vn.soat.check.CheckResult("", "bao-cao-xa.pdf", "", "PDF", 3,
                new vn.soat.check.CheckResult.DocumentKind("BC", "Báo cáo"), "UBND xã Bộc Nhiêu", "", false, Instant.EPOCH, 0,
                "", vn.soat.finding.Verdict.RETURNED, vn.soat.finding.Summary.of(List.of(NUMBER)), List.of(), List.of(NUMBER));

        assertThat(ReturnComment.draft(result)).isEqualTo("""
                Báo cáo (tệp bao-cao-xa.pdf) chưa đạt yêu cầu, đề nghị đơn vị chỉnh sửa và gửi lại:
                1. Sai thể thức: số văn bản để trống: "Số: /BC-UBND" chưa có số (trang 1, dòng 3).""");
    }
}
