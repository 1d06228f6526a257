package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.soat.extract.ExtractedDocument;
import vn.soat.extract.SourceLine;
import vn.soat.model.Addressees;
import vn.soat.model.BodyLine;
import vn.soat.model.Citation;
import vn.soat.model.ContentEnd;
import vn.soat.model.Document;
import vn.soat.model.DocumentType;
import vn.soat.model.Heading;
import vn.soat.model.NumberFacts;
import vn.soat.model.ListLine;
import vn.soat.model.Recipients;
import vn.soat.model.ReportModel;
import vn.soat.model.RequestCitation;
import vn.soat.model.RequesterDelivery;
import vn.soat.model.SignatureBlock;
import vn.soat.parse.claims.Claims;
import vn.soat.text.VietText;

/**
 * Turns extracted lines into a {@link ReportModel}, top to bottom as a reviewer reads: header,
 * title, Kính gửi and opening, numbered sections, Nơi nhận and signature.
 */
public final class ReportParser {

    private static final int HEADER_WITHOUT_TITLE = 15;
    private static final int OPENING_UNITS = 12;
    private static final java.util.regex.Pattern END_MARK = java.util.regex.Pattern.compile("\\.\\s*/\\s*\\.\\s*$");
    /** A công văn conveying the Chủ tịch's own opinion or instruction: "Chủ tịch UBND tỉnh có ý kiến như sau". */
    /** "CHỦ TỊCH ỦY BAN NHÂN DÂN …" heading the text: the chair issues it in person. */
    private static final java.util.regex.Pattern CHAIRMAN_HEADING = vn.soat.text.Regex.compile("^chu tich (uy ban nhan dan|ubnd)\\b.*");
    private static final java.util.regex.Pattern CHAIRMAN_SPEAKS = vn.soat.text.Regex.compile(
            "chu tich (uy ban nhan dan|ubnd)( (tinh|thanh pho|huyen|thi xa|xa|phuong|dac khu))?[^,.;]{0,30} (co y kien|chi dao|chi thi)\\b");

    private final IssuerCatalogue issuers;
    private final TitleRegistry titles;
    private final DocumentTypes types;
    private final DocumentTypeReader typeReader;

    public ReportParser(IssuerCatalogue issuers, DocumentTypes types) {
        this.issuers = issuers;
        this.titles = new TitleRegistry(issuers);
        this.types = types;
        this.typeReader = new DocumentTypeReader(types);
    }

    /** The parser with the issuers and document types of these rule files. */
    public static ReportParser load(vn.soat.rulesdir.RuleFiles files) {
        return new ReportParser(IssuerCatalogue.load(files), DocumentTypes.load(files));
    }

    public ReportModel parse(ExtractedDocument extracted) {
        List<Unit> units = Units.of(extracted.lines());
        SectionIndex sections = new SectionIndex(units.size());

        TitleParser.Found title = TitleParser.parse(units, types);
        boolean hasTitle = title.typeIndex() >= 0;
        HeaderParser header = new HeaderParser(issuers, types);
        // A công văn's V/v summary sits in the header's left column, level with the date: read them together.
        int headerEnd = !hasTitle ? Math.min(units.size(), HEADER_WITHOUT_TITLE)
                : title.letterSummary() ? title.bodyStart() : title.typeIndex();
        header.parse(units.subList(0, headerEnd));
        DocumentType documentType = typeReader.read(units, title, header.number, header.nationalName.isPresent());

        int bodyStart = hasTitle ? title.bodyStart() : 0;
        int closing = ClosingParser.closingStart(units, bodyStart, titles);
        List<Heading> headings = SectionParser.parse(units, bodyStart, closing, sections);
        int firstHeading = firstHeading(units, bodyStart, closing, sections);

        Optional<Addressees> addressees = OpeningParser.addressees(units, Math.max(0, title.typeIndex()), firstHeading);
        Passage opening = new Passage(OpeningParser.opening(units, bodyStart, firstHeading));
        List<CitationScanner.Found> openingCitations = CitationScanner.scan(opening, sections::of);
        Optional<RequestCitation> request = OpeningParser.request(opening, openingCitations);
        Passage body = new Passage(nonBlank(units, bodyStart, closing));
        List<CitationScanner.Found> found = CitationScanner.scan(body, sections::of);
        List<Citation> citations = CitationMentions.of(found, request);

        SignatureReader.Issuer issuer = SignatureIssuer.resolve(issuers, header.issuer, header.number,
                inPersonAuthority(units, bodyStart), opening, openingCitations);
        Optional<ClosingParser.Read> closingRead = ClosingParser.recipients(units, closing, titles);
        Optional<Recipients> recipients = closingRead.map(ClosingParser.Read::recipients);
        List<ListLine> listLines = new ArrayList<>(ListLines.addressees(units, Math.max(0, title.typeIndex()), firstHeading));
        closingRead.ifPresent(read -> listLines.addAll(read.lines()));
        Optional<ContentEnd> contentEnd = contentEnd(units, bodyStart, closing);
        Optional<SignatureBlock> signature = SignatureReader.read(units, closing, titles, issuer, issuers);

        Unit first = units.stream().filter(u -> !u.isBlank()).findFirst().orElse(units.get(0));
        // Findings about something absent point at the top of the document and quote nothing.
        Document document = new Document(extracted.format().name(), extracted.pages(), extracted.lines().size(),
                first.location(""), "");
        Claims claims = NumberClaims.scan(units, bodyStart, closing, sections::of);
        NumberFacts numbers = new NumberFacts(claims.breakdowns(), claims.countedLists(), claims.percents(), claims.shares(),
                claims.quantities(), TableScanner.scan(bodyLinesOf(extracted, units, bodyStart, closing),
                        sectionsByLine(units, sections)), CitationVariantsFinder.find(citations),
                BodyDates.scan(body, found, sections::of));
        return new ReportModel(document, documentType, header.issuer, header.nationalName, header.nationalMotto, header.number,
                header.date, title.title(), addressees, request, citations, headings,
                bodyLines(units, bodyStart, closing, sections), recipients,
                delivery(request, recipients, addressees), List.copyOf(listLines), contentEnd, signature, numbers);
    }

    /**
     * A Quyết định or Chỉ thị issued by the Chủ tịch in person names that authority on its own
     * capitalised line under the summary ({@code CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA}).
     */
    private static boolean inPersonAuthority(List<Unit> units, int bodyStart) {
        for (int i = Math.max(0, bodyStart); i < Math.min(units.size(), bodyStart + OPENING_UNITS); i++) {
            Unit unit = units.get(i);
            if (i < bodyStart + 4 && VietText.isUpperCase(unit.text())
                    && CHAIRMAN_HEADING.matcher(unit.folded()).matches()) {
                return true;
            }
            if (CHAIRMAN_SPEAKS.matcher(unit.folded()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The content's last line, when a closing ends it; "./." may stand on a line of its own. */
    private static Optional<ContentEnd> contentEnd(List<Unit> units, int bodyStart, int closing) {
        if (closing >= units.size()) {
            return Optional.empty();
        }
        for (int i = closing - 1; i >= bodyStart; i--) {
            Unit unit = units.get(i);
            if (!unit.isBlank() && !unit.text().matches("[|\\-_=*.\\s]+") || END_MARK.matcher(unit.text()).find()) {
                boolean marked = END_MARK.matcher(unit.text()).find();
                return Optional.of(new ContentEnd(unit.text(), marked, unit.location(""), unit.text()));
            }
        }
        return Optional.empty();
    }

    private static int firstHeading(List<Unit> units, int from, int to, SectionIndex sections) {
        for (int i = from; i < to; i++) {
            if (sections.isHeading(units.get(i))) {
                return i;
            }
        }
        return to;
    }

    private static List<BodyLine> bodyLines(List<Unit> units, int from, int to, SectionIndex sections) {
        List<BodyLine> lines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Unit unit = units.get(i);
            if (!unit.isBlank()) {
                lines.add(new BodyLine(unit.text(), sections.isHeading(unit), unit.location(sections.of(unit))));
            }
        }
        return List.copyOf(lines);
    }

    private static List<Unit> nonBlank(List<Unit> units, int from, int to) {
        List<Unit> body = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!units.get(i).isBlank()) {
                body.add(units.get(i));
            }
        }
        return body;
    }

    private static List<SourceLine> bodyLinesOf(ExtractedDocument extracted, List<Unit> units, int from, int to) {
        if (from >= to) {
            return List.of();
        }
        // A part of a file holding several documents starts at its own first line number.
        int base = extracted.lines().get(0).number();
        int first = units.get(from).line();
        int last = units.get(to - 1).line();
        return extracted.lines().subList(first - base, last - base + 1);
    }

    /** The section of each line's first unit, by line number. */
    private static java.util.function.IntFunction<String> sectionsByLine(List<Unit> units, SectionIndex sections) {
        java.util.Map<Integer, String> byLine = new java.util.HashMap<>();
        for (Unit unit : units) {
            byLine.putIfAbsent(unit.line(), sections.of(unit));
        }
        return line -> byLine.getOrDefault(line, "");
    }

    private static Optional<RequesterDelivery> delivery(Optional<RequestCitation> request, Optional<Recipients> recipients,
            Optional<Addressees> addressees) {
        if (request.isEmpty() || request.get().requester().isBlank() || recipients.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(recipients.get().lines());
        if (recipients.get().nhuTren()) {
            addressees.ifPresent(a -> names.addAll(a.names()));
        }
        String requester = request.get().requester();
        boolean delivered = RequesterMatcher.anyMatches(requester, names);
        return Optional.of(new RequesterDelivery(requester, delivered, recipients.get().location(),
                recipients.get().excerpt()));
    }
}
