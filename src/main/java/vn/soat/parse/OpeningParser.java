package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.Addressees;
import vn.soat.model.Citation;
import vn.soat.model.Location;
import vn.soat.model.RequestCitation;
import vn.soat.text.Bullet;
import vn.soat.text.VietText;
import vn.soat.text.Regex;

/**
 * Between the title and the first heading: the {@code Kính gửi:} block, and the opening that
 * cites the request letter ({@code Thực hiện Công văn số …}; docs/citations.md).
 */
final class OpeningParser {

    private static final int MAX_OPENING_UNITS = 15;
    private static final Pattern TRIGGER = Regex.compile(
            "(thực hiện|căn cứ|theo|triển khai|phúc đáp|trả lời|tiếp nhận|nhận được|trên cơ sở|quán triệt|để)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern REQUESTED_BY = Pattern.compile(
            "(?:đề nghị|yêu cầu|chỉ đạo)\\s+của\\s+([^,;.()]{2,80}?)\\s+(?:tại|theo)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Laws, decrees and circulars are cited as the legal basis of the work, not as the letter that asked for the report. */
    private static final Set<String> LEGAL_BASIS = Set.of("luat", "nghi dinh", "thong tu", "thong tu lien tich");
    private static final Pattern PARTY_FORM = Pattern.compile("^\\d+-.*");
    /** A periodic duty (NĐ 09/2019/NĐ-CP) is a basis of its own: {@code Thực hiện chế độ báo cáo định kỳ, …}. */
    private static final Pattern STANDING_DUTY = Pattern.compile(
            "(?:thực hiện|theo|căn cứ|đảm bảo)\\s[^.;:]{0,60}?(?:chế độ báo cáo|báo cáo định kỳ|báo cáo thường kỳ)[^.;:,]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern STANDING_DUTY_SUBJECT = Pattern.compile("che do bao cao|bao cao dinh ky");
    private static final Pattern REPORTING_BODY = Pattern.compile(
            "(?<![\\p{L}])(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Sở|Phòng|Ban|Văn phòng|Trung tâm|Chi cục|Cục)"
                    + "\\s[^,.;:]{0,60}?\\s(?:xin\\s+)?báo cáo");

    private OpeningParser() {
    }

    static Optional<Addressees> addressees(List<Unit> units, int from, int to) {
        for (int i = from; i < to; i++) {
            Unit unit = units.get(i);
            if (unit.folded().startsWith("kinh gui")) {
                List<String> names = new ArrayList<>();
                String inline = unit.text().replaceFirst("(?i)^\\s*kính gửi\\s*:?", "").strip();
                for (String part : inline.split(";")) {
                    if (!part.isBlank()) {
                        names.add(clean(part));
                    }
                }
                for (int j = i + 1; j < to && ClosingParser.isDashLine(units.get(j)); j++) {
                    names.add(clean(units.get(j).text()));
                }
                return Optional.of(new Addressees(List.copyOf(names), unit.location(""), unit.text()));
            }
        }
        return Optional.empty();
    }

    private static String clean(String name) {
        return Bullet.strip(name).replaceAll("[;.,]+$", "").strip();
    }

    /** The units of the opening: after the title (and Kính gửi), up to the first heading. */
    static List<Unit> opening(List<Unit> units, int from, int firstHeading) {
        List<Unit> opening = new ArrayList<>();
        for (int i = from; i < firstHeading && opening.size() < MAX_OPENING_UNITS; i++) {
            Unit unit = units.get(i);
            if (unit.folded().startsWith("kinh gui") || (!opening.isEmpty() && opening.get(0).folded().startsWith("kinh gui"))) {
                continue;
            }
            if (!unit.isBlank() && !ClosingParser.isDashLine(unit)) {
                opening.add(unit);
            }
        }
        return opening;
    }

    /**
     * The request the opening cites: the first citation after a trigger word, a letter rather than
     * a law or decree cited as a legal basis ({@code Căn cứ Nghị định số …; thực hiện Công văn số …});
     * failing that, a standing reporting duty named without a letter.
     */
    static Optional<RequestCitation> request(Passage opening, List<CitationScanner.Found> citations) {
        Optional<CitationScanner.Found> basis = Optional.empty();
        for (CitationScanner.Found found : citations) {
            String before = opening.text().substring(Math.max(0, found.start() - 200), found.start());
            if (TRIGGER.matcher(before).find()) {
                if (!LEGAL_BASIS.contains(VietText.fold(found.citation().type()))
                        && !PARTY_FORM.matcher(found.citation().numberSymbol()).matches()) {
                    return Optional.of(letter(opening, found));
                }
                basis = basis.or(() -> Optional.of(found));
            }
        }
        if (basis.isPresent()) {
            return Optional.of(letter(opening, basis.get()));
        }
        Matcher duty = STANDING_DUTY.matcher(opening.text());
        if (duty.find()) {
            Location location = opening.unitAt(duty.start()).location("");
            String excerpt = duty.group().strip();
            return Optional.of(new RequestCitation(Citation.unwritten(location, excerpt), "", true, location, excerpt));
        }
        return Optional.empty();
    }

    private static RequestCitation letter(Passage opening, CitationScanner.Found found) {
        Citation citation = found.citation();
        String requester = citation.issuer();
        Matcher by = REQUESTED_BY.matcher(opening.text().substring(Math.max(0, found.start() - 200), found.start()));
        if (by.find()) {
            requester = by.group(1).strip();
        }
        // A document that sets a reporting duty does not say whom each report goes to: no requester to look for.
        boolean duty = STANDING_DUTY_SUBJECT.matcher(VietText.fold(citation.subject())).find();
        return new RequestCitation(citation, duty ? "" : requester, duty, citation.location(), citation.excerpt());
    }

    /** "…, Ủy ban nhân dân huyện Triệu Sơn báo cáo như sau": the body speaking in the opening. */
    static Optional<String> reportingBody(Passage opening, int after) {
        Matcher m = REPORTING_BODY.matcher(opening.text());
        while (m.find()) {
            if (m.start() >= after && !m.group().contains("về việc") && !m.group().contains(" của ")) {
                return Optional.of(m.group().replaceFirst("\\s(?:xin\\s+)?báo cáo$", "").strip());
            }
        }
        return Optional.empty();
    }
}
