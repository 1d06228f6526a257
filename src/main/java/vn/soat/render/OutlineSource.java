package vn.soat.render;

import java.util.List;
import vn.soat.check.CheckResult;
import vn.soat.finding.Category;
import vn.soat.finding.Severity;
import vn.soat.profile.LetterOutline;
import vn.soat.profile.OutlineProfile;

/**
 * How a result's outline came to be, as the text report and the result page say it: detected from the summary
 * line, the generic outline because no other matched, the request letter's items, named by whoever asked for the
 * check, or not applied at all because the file could not be read (then nobody chose the generic outline it
 * carries).
 */
public final class OutlineSource {

    private OutlineSource() {
    }

    /**
     * @param profiles the outline profiles loaded, to tell the fallback ({@code fallback: true}) from the others
     * @return a short Vietnamese phrase without brackets, such as {@code tự nhận biết theo trích yếu}
     */
    public static String of(CheckResult result, List<OutlineProfile> profiles) {
        if (notRead(result)) {
            return "chưa áp dụng vì chưa đọc được nội dung tệp";
        }
        if (result.profile().equals(LetterOutline.ID)) {
            return "theo công văn yêu cầu kèm theo";
        }
        if (!result.profileDetected()) {
            return "do người dùng chọn";
        }
        boolean fallback = profiles.stream().anyMatch(p -> p.fallback() && p.id().equals(result.profile()));
        return fallback ? "trích yếu không khớp đề cương riêng nào nên dùng đề cương chung" : "tự nhận biết theo trích yếu";
    }

    /** A file soát could not read (DOC_NO_TEXT, DOC_UNREADABLE): no outline was applied to it. */
    public static boolean notRead(CheckResult result) {
        return result.findings().stream().anyMatch(f -> f.category() == Category.DOCUMENT && f.severity() == Severity.ERROR);
    }
}
