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
 * Finds cited documents: {@code TYPE (số) NUMSYM (, ngày DATE) (của ISSUER)} as docs/domain.md §5
 * gives the grammar. The issuer runs to the first {@code về}, {@code tại}, punctuation or bracket.
 */
final class CitationScanner {

    /** Type words as written, capitalised or not; case-sensitive so the scan stays fast on long reports. */
    static final String TYPES = "[Tt]hông tư liên tịch|[Cc]hương trình hành động|[Nn]ghị định|[Nn]ghị quyết|[Qq]uyết định"
            + "|[Cc]hỉ thị|[Tt]hông tư|[Kk]ết luận|[Qq]uy định|[Kk]ế hoạch|[Cc]ông văn|[Vv]ăn bản|[Bb]áo cáo|[Tt]ờ trình"
            + "|[Hh]ướng dẫn|[Tt]hông báo|[Cc]hương trình|[Cc]ông điện|[Đđ]ề án|[Ll]uật|[Đđ]iện";
    private static final Pattern CITATION = Pattern.compile(
            "(?<![\\p{L}])(?<type>" + TYPES + ")\\s+(?:[Ss]ố\\s*:?\\s*)?"
                    + "(?<numsym>\\d{1,6}(?:[/-][\\p{L}\\d&.]+)*/[\\p{L}\\d&.-]*[\\p{L}\\d])"
                    + "(?:\\s*,?\\s*(?:ban hành\\s+)?[Nn]gày\\s+(?<date>" + VietDate.PATTERN + "))?"
                    + "(?:\\s*,?\\s*của\\s+(?<issuer>[^,;.()“”\"]{2,90}?)(?=\\s+(?:về|v/v|tại|ban hành|phê duyệt|quy định"
                    + "|hướng dẫn|triển khai|thực hiện|đã|đề nghị|yêu cầu|với|trong)\\b|\\s*[,;.()“”\"]|\\s*$))?");

    /** "Ngày 05/6/2013, UBND tỉnh Thanh Hóa đã ra Quyết định số …": the date and issuer written before the citation. */
    private static final Pattern DATED_BEFORE = Pattern.compile(
            "[Nn]gày\\s+(?<date>" + VietDate.PATTERN + ")\\s*,\\s*(?<issuer>[^,.;:]{2,70}?)\\s+(?:đã\\s+)?(?:ký\\s+)?(?:ra|ban hành|ký|có)\\s*$");
    private static final int LOOK_BACK = 120;

    private CitationScanner() {
    }

    static List<Found> scan(Passage passage, Function<Unit, String> sectionOf) {
        List<Found> found = new ArrayList<>();
        Matcher m = CITATION.matcher(passage.text());
        while (m.find()) {
            Unit unit = passage.unitAt(m.start());
            String dateText = m.group("date") == null ? "" : m.group("date");
            String issuer = m.group("issuer") == null ? "" : m.group("issuer").strip();
            if (dateText.isEmpty()) {
                Matcher before = DATED_BEFORE.matcher(passage.text().substring(Math.max(0, m.start() - LOOK_BACK), m.start()));
                if (before.find()) {
                    dateText = before.group("date");
                    issuer = issuer.isEmpty() ? before.group("issuer").strip() : issuer;
                }
            }
            Optional<LocalDate> date = dateText.isEmpty() ? Optional.empty() : VietDate.parse(dateText);
            Location location = unit.location(sectionOf.apply(unit));
            String type = capitalise(m.group("type"));
            String numberSymbol = m.group("numsym");
            Citation citation = new Citation(type, numberSymbol, dateText, !dateText.isEmpty(), date.isPresent(),
                    date.map(LocalDate::toEpochDay).orElse(-1L), issuer, CitationGrammar.numberYear(numberSymbol),
                    VietDate.year(dateText), CitationGrammar.malformation(type, numberSymbol), false, location,
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
