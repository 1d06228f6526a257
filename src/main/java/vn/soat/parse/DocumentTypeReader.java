package vn.soat.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.soat.model.DocumentNumber;
import vn.soat.model.DocumentType;
import vn.soat.model.Location;
import vn.soat.text.VietText;
import vn.soat.text.Regex;

/**
 * Decides the document type as a reviewer does (Nghị định 30/2020/NĐ-CP, Điều 7; Phụ lục III): the
 * type line first; then a {@code V/v} summary or a symbol without type code, which make a công văn;
 * then the type code of the symbol; failing all, the document is read as the report soát expects.
 * Party and mass-organisation documents, headed by their own organisation instead of the Quốc hiệu,
 * are out of NĐ30's scope.
 */
final class DocumentTypeReader {

    private static final int HEADER_UNITS = 12;
    /** Headers of documents whose form follows the Party's or a mass organisation's rules, not NĐ30. */
    private static final Pattern OUT_OF_SCOPE_HEADER = Regex.compile(
            "(dang cong san viet nam|doan tncs ho chi minh|doan thanh nien cong san ho chi minh)\\b");
    /** How far into a header unit the organisation's name is looked for: a web page may glue the header into one line. */
    private static final int HEADER_REACH = 200;
    /** Party numbering NUM-TYPE/ORG ({@code Số 15-BC/HU}): never a state document's form. */
    private static final Pattern PARTY_NUMBER = Pattern.compile("^\\d+\\s*-\\s*\\p{L}+\\s*/\\s*\\p{L}.*");

    /**
     * A công văn whose trích yếu begins "V/v báo cáo" may report, or may ask others to report; it reports
     * when its body speaks as the reporter: "… báo cáo như sau", "xin báo cáo", "trân trọng báo cáo".
     */
    private static final Pattern REPORTS = Pattern.compile(
            "(bao cao (cu the )?nhu sau|(xin|kinh|tran trong) bao cao|bao cao (de|voi) [^.;:]{0,60}(biet|tong hop|theo doi))");
    private static final int OPENING_UNITS = 40;

    private final DocumentTypes types;

    DocumentTypeReader(DocumentTypes types) {
        this.types = types;
    }

    DocumentType read(List<Unit> units, TitleParser.Found title, Optional<DocumentNumber> number, boolean nationalName) {
        Location at = title.title().location();
        String excerpt = title.title().excerpt();
        Optional<Unit> party = units.stream().limit(HEADER_UNITS)
                .filter(u -> OUT_OF_SCOPE_HEADER.matcher(u.folded()).region(0, Math.min(HEADER_REACH, u.folded().length())).find())
                .findFirst();
        boolean partyNumber = number.map(n -> PARTY_NUMBER.matcher(n.text()).matches()).orElse(false);
        if (!nationalName && (party.isPresent() || partyNumber)) {
            DocumentTypes.Type type = title.type().orElse(types.byCode(DocumentTypes.LETTER).orElseThrow());
            String evidence = party.map(u -> "phần đầu \"" + partyName(u) + "\"")
                    .orElse("số, ký hiệu \"" + number.map(DocumentNumber::text).orElse("") + "\"");
            return of(type, title.type().isPresent(), false, true, evidence, party.map(u -> u.location("")).orElse(at),
                    party.map(Unit::text).orElse(excerpt));
        }
        if (title.type().isPresent()) {
            return of(title.type().get(), true, false, false, "dòng tên loại \"" + title.title().typeLine() + "\"", at, excerpt);
        }
        DocumentTypes.Type letter = types.byCode(DocumentTypes.LETTER).orElseThrow();
        Optional<DocumentTypes.Type> bySymbol = number.map(DocumentNumber::typeCode).filter(c -> !c.isBlank())
                .flatMap(types::byCode);
        if (title.letterSummary() || (number.isPresent() && !number.get().symbol().isBlank() && bySymbol.isEmpty())) {
            boolean report = VietText.fold(title.title().summary()).startsWith("bao cao") && speaksAsReporter(units, title.bodyStart());
            String evidence = title.letterSummary() ? "trích yếu \"" + title.title().excerpt() + "\""
                    : "ký hiệu \"" + number.get().symbol() + "\" không có tên loại";
            return of(letter, false, report, false, evidence, at, excerpt);
        }
        DocumentTypes.Type assumed = bySymbol.orElse(types.byCode("BC").orElseThrow());
        String evidence = bySymbol.isPresent() ? "ký hiệu \"" + number.get().symbol() + "\"" : "không có dòng tên loại";
        return of(assumed, false, false, false, evidence, at, excerpt);
    }

    private static String partyName(Unit unit) {
        var m = OUT_OF_SCOPE_HEADER.matcher(unit.folded());
        return m.find() ? unit.text().substring(m.start(), Math.min(unit.text().length(), m.end())) : unit.text().strip();
    }

    private static boolean speaksAsReporter(List<Unit> units, int bodyStart) {
        return units.subList(Math.min(bodyStart, units.size()), Math.min(units.size(), bodyStart + OPENING_UNITS)).stream()
                .anyMatch(u -> REPORTS.matcher(u.folded()).find())
                || units.stream().skip(bodyStart).anyMatch(u -> u.folded().startsWith("tren day la bao cao"));
    }

    private static DocumentType of(DocumentTypes.Type type, boolean typeLine, boolean reportLetter, boolean outOfScope,
            String evidence, Location at, String excerpt) {
        return new DocumentType(type.code(), VietText.sentenceCase(type.name()), typeLine, type.report() || reportLetter,
                reportLetter, outOfScope, type.addressee(), type.articles(), evidence, at, excerpt);
    }
}
