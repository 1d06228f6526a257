package vn.soat.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.soat.extract.SourceLine;
import vn.soat.model.DocumentDate;
import vn.soat.model.DocumentNumber;
import vn.soat.model.HeaderIssuer;
import vn.soat.model.LetterItem;
import vn.soat.model.ReportModel;
import vn.soat.model.ReportedPeriod;
import vn.soat.model.RequestLetter;
import vn.soat.model.TitleBlock;
import vn.soat.text.VietText;
import vn.soat.profile.PeriodReader;

/**
 * Reads a request letter (usually a công văn) that has been parsed like any document into what a report
 * must answer (docs/domain.md §7a): its number, date and issuer (from its header), the reporting period
 * (from its summary line, else the first body line naming one), the items it asks for, the deadline and the
 * data cut-off. Pure: no I/O.
 */
public final class LetterReader {

    private LetterReader() {
    }

    /** The letter and its terms; {@code lines} are all the letter's lines, an attached đề cương included. */
    public static ReportRequest read(ReportModel letter, List<SourceLine> lines) {
        String number = letter.number().filter(n -> !n.isBlank()).map(DocumentNumber::text).orElse("");
        Optional<DocumentDate> date = letter.date().filter(DocumentDate::valid);
        String dateText = date.map(DocumentDate::display).orElse("");
        String issuer = letter.issuer().map(LetterReader::issuerName).orElse("");
        String type = letter.documentType().code().equals("CV") || letter.documentType().name().isBlank() ? "Công văn"
                : VietText.sentenceCase(letter.documentType().name());
        String display = type + (number.isEmpty() ? "" : " số " + number) + (dateText.isEmpty() ? "" : " ngày " + dateText)
                + (issuer.isEmpty() ? "" : " của " + issuer);
        int year = date.map(d -> LocalDate.ofEpochDay(d.epochDay()).getYear()).orElse(0);
        Optional<ReportedPeriod> period = period(letter.title(), lines);
        List<LetterItem> items = LetterItems.read(lines);
        RequestLetter request = new RequestLetter(number, dateText, date.map(DocumentDate::epochDay).orElse(-1L), issuer,
                letter.title().summary(), display, period.map(ReportedPeriod::kind).orElse(""),
                period.map(ReportedPeriod::year).orElse(0), period.map(ReportedPeriod::display).orElse(""), items,
                letter.document().location(), display);
        return new ReportRequest(Optional.of(request), LetterTerms.deadline(lines, year, display),
                LetterTerms.cutoff(lines, year, display));
    }

    /** The issuing body as a sentence would name it: "SỞ NGOẠI VỤ" → "Sở Ngoại vụ". */
    private static String issuerName(HeaderIssuer issuer) {
        String name = issuer.name().isBlank() ? String.join(" ", issuer.lines()) : issuer.name();
        return VietText.isUpperCase(name) ? capitaliseNames(VietText.sentenceCase(name)) : name;
    }

    /** The kinds of body a name starts with; the word after the kind, and after a place word, is a proper name. */
    private static final List<String> KINDS = List.of("ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân", "văn phòng",
            "chi cục", "tổng cục", "trung tâm", "sở", "bộ", "ban", "cục", "phòng");
    private static final List<String> PLACES = List.of("tỉnh", "phố", "huyện", "xã", "phường", "quận", "thị");

    /** "Sở ngoại vụ" → "Sở Ngoại vụ", "Ủy ban nhân dân tỉnh thái nguyên" → "Ủy ban nhân dân tỉnh Thái Nguyên". */
    private static String capitaliseNames(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        int kindWords = KINDS.stream().filter(k -> lower.startsWith(k + " ")).findFirst().map(k -> k.split(" ").length).orElse(0);
        String[] words = name.split(" ");
        StringBuilder out = new StringBuilder();
        boolean inPlace = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean upper = (i == kindWords && kindWords > 0 && !PLACES.contains(w)) || inPlace;
            inPlace = inPlace || (i >= kindWords && PLACES.contains(w));
            out.append(i == 0 ? "" : " ").append(upper && !w.isEmpty() ? w.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + w.substring(1) : w);
        }
        return out.toString();
    }

    private static Optional<ReportedPeriod> period(TitleBlock title, List<SourceLine> lines) {
        Optional<ReportedPeriod> fromSummary = PeriodReader.read(title, Optional.empty()).reported();
        if (fromSummary.isPresent()) {
            return fromSummary;
        }
        for (SourceLine line : lines) {
            if (VietText.fold(line.text()).contains("bao cao")) {
                TitleBlock asSummary = new TitleBlock(false, "", line.text(), title.location(), line.text());
                Optional<ReportedPeriod> found = PeriodReader.read(asSummary, Optional.empty()).reported();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
