package vn.soat.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.Citation;
import vn.soat.model.Location;

/**
 * Finds cited documents: {@code TYPE (số) NUMSYM (, ngày DATE) (của ISSUER)} as regulations.md §5
 * gives the grammar. The issuer runs to the first {@code về}, {@code tại}, punctuation or bracket.
 */
final class CitationScanner {

    static final String TYPES = "Thông tư liên tịch|Chương trình hành động|Nghị định|Nghị quyết|Quyết định|Chỉ thị"
            + "|Thông tư|Kết luận|Quy định|Kế hoạch|Công văn|Văn bản|Báo cáo|Tờ trình|Hướng dẫn|Thông báo"
            + "|Chương trình|Công điện|Đề án|Luật|Điện";
    private static final Pattern CITATION = Pattern.compile(
            "(?<type>" + TYPES + ")\\s+(?:số\\s*:?\\s*)?"
                    + "(?<numsym>\\d{1,6}(?:[/-][\\p{L}\\d&.]+)*/[\\p{L}\\d&.-]*[\\p{L}\\d])"
                    + "(?:\\s*,?\\s*(?:ban hành\\s+)?ngày\\s+(?<date>" + VietDate.PATTERN + "))?"
                    + "(?:\\s*,?\\s*của\\s+(?<issuer>[^,;.()“”\"]{2,90}?)(?=\\s+(?:về|v/v|tại|ban hành|phê duyệt|quy định"
                    + "|hướng dẫn|triển khai|thực hiện|đã|đề nghị|yêu cầu|với|trong)\\b|\\s*[,;.()“”\"]|\\s*$))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private CitationScanner() {
    }

    static List<Found> scan(Passage passage, Function<Unit, String> sectionOf) {
        List<Found> found = new ArrayList<>();
        Matcher m = CITATION.matcher(passage.text());
        while (m.find()) {
            Unit unit = passage.unitAt(m.start());
            String dateText = m.group("date") == null ? "" : m.group("date");
            Optional<LocalDate> date = dateText.isEmpty() ? Optional.empty() : VietDate.parse(dateText);
            String issuer = m.group("issuer") == null ? "" : m.group("issuer").strip();
            Location location = unit.location(sectionOf.apply(unit));
            String numberSymbol = m.group("numsym");
            Citation citation = new Citation(capitalise(m.group("type")), numberSymbol, dateText, !dateText.isEmpty(),
                    date.isPresent(), date.map(LocalDate::toEpochDay).orElse(-1L), issuer, location,
                    m.group().strip());
            found.add(new Found(citation, m.start(), m.end()));
        }
        return found;
    }

    private static String capitalise(String type) {
        return Character.toUpperCase(type.charAt(0)) + type.substring(1);
    }

    record Found(Citation citation, int start, int end) {
    }
}
