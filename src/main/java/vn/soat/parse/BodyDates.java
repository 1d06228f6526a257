package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.BodyDate;
import vn.soat.model.Citation;
import vn.soat.parse.claims.DigitStarts;
import vn.soat.parse.claims.Examples;

/** Every date written in the body, valid or not, and whether it is a cited document's own date. */
final class BodyDates {

    @Examples(matches = {"ngày «31 tháng 02 năm 2003»", "họp ngày «30/02/2024».", "«31/4/2025»", "từ «01-3-2024»",
            "«15 tháng 6, năm 2024»"},
            rejects = {"Quyết định số 15/2010/QĐ-UBND", "1.234.567.2024", "105/02/2024", "30/02/20245", "30/02/2024/NQ-HĐND"})
    static final Pattern DATE = Pattern.compile("(?<![\\d/.,])(?:" + VietDate.PATTERN + ")(?![\\d/])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far before a citation its date may be written ("Ngày 05/6/2013, UBND tỉnh đã ra Quyết định số …"). */
    private static final int DATE_BEFORE_CITATION = 120;

    private BodyDates() {
    }

    static List<BodyDate> scan(Passage body, List<CitationScanner.Found> citations, Function<Unit, String> sectionOf) {
        List<BodyDate> dates = new ArrayList<>();
        Matcher m = DATE.matcher(body.text()).useTransparentBounds(true);
        DigitStarts starts = new DigitStarts(body.text(), "/.,");
        for (int from = 0; starts.find(m, from); from = m.end()) {
            int offset = m.group(1) != null ? 1 : 4;
            boolean valid = VietDate.of(m.group(offset), m.group(offset + 1), m.group(offset + 2)).isPresent();
            Unit unit = body.unitAt(m.start());
            dates.add(new BodyDate(m.group(), valid, citationDate(m, citations), unit.location(sectionOf.apply(unit)),
                    m.group()));
        }
        return dates;
    }

    private static boolean citationDate(Matcher date, List<CitationScanner.Found> citations) {
        for (CitationScanner.Found found : citations) {
            Citation citation = found.citation();
            if (citation.dated() && citation.dateText().equals(date.group())
                    && date.start() >= found.start() - DATE_BEFORE_CITATION && date.end() <= found.end()) {
                return true;
            }
        }
        return false;
    }
}
