package vn.soat.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.soat.extract.ExtractedDocument;
import vn.soat.extract.SourceLine;
import vn.soat.model.Addressees;
import vn.soat.model.BodyLine;
import vn.soat.model.Citation;
import vn.soat.model.Document;
import vn.soat.model.Heading;
import vn.soat.model.NumberFacts;
import vn.soat.model.Recipients;
import vn.soat.model.ReportModel;
import vn.soat.model.RequestCitation;
import vn.soat.model.RequesterDelivery;
import vn.soat.model.SignatureBlock;

/**
 * Turns extracted lines into a {@link ReportModel}, top to bottom as a reviewer reads: header,
 * title, Kính gửi and opening, numbered sections, Nơi nhận and signature.
 */
public final class ReportParser {

    private static final int HEADER_WITHOUT_TITLE = 15;

    private final IssuerCatalogue issuers;
    private final TitleRegistry titles;

    public ReportParser(IssuerCatalogue issuers) {
        this.issuers = issuers;
        this.titles = new TitleRegistry(issuers);
    }

    public ReportModel parse(ExtractedDocument extracted) {
        List<Unit> units = Units.of(extracted.lines());
        SectionIndex sections = new SectionIndex(units.size());

        TitleParser.Found title = TitleParser.parse(units, sections);
        boolean hasTitle = title.typeIndex() >= 0;
        HeaderParser header = new HeaderParser(issuers);
        header.parse(units.subList(0, hasTitle ? title.typeIndex() : Math.min(units.size(), HEADER_WITHOUT_TITLE)));

        int bodyStart = hasTitle ? title.bodyStart() : 0;
        int closing = ClosingParser.closingStart(units, bodyStart, titles);
        List<Heading> headings = SectionParser.parse(units, bodyStart, closing, sections);
        int firstHeading = firstHeading(units, bodyStart, closing, sections);

        Optional<Addressees> addressees = OpeningParser.addressees(units, Math.max(0, title.typeIndex()), firstHeading);
        Passage opening = new Passage(OpeningParser.opening(units, bodyStart, firstHeading));
        List<CitationScanner.Found> openingCitations = CitationScanner.scan(opening, sections::of);
        Optional<RequestCitation> request = OpeningParser.request(opening, openingCitations);
        List<CitationScanner.Found> found = CitationScanner.scan(new Passage(nonBlank(units, bodyStart, closing)), sections::of);
        List<Citation> citations = markRequest(found, request);

        SignatureReader.Issuer issuer = SignatureIssuer.resolve(issuers, header.issuer, header.number, opening, openingCitations);
        Optional<Recipients> recipients = ClosingParser.recipients(units, closing, titles);
        Optional<SignatureBlock> signature = SignatureReader.read(units, closing, titles, issuer, issuers);

        Unit first = units.stream().filter(u -> !u.isBlank()).findFirst().orElse(units.get(0));
        // Findings about something absent point at the top of the document and quote nothing.
        Document document = new Document(extracted.format().name(), extracted.pages(), extracted.lines().size(),
                first.location(""), "");
        NumberClaims claims = new NumberClaims(sections::of);
        claims.scan(Segments.of(units, bodyStart, closing));
        NumberFacts numbers = new NumberFacts(claims.breakdowns, claims.countedLists, claims.percents, claims.shares,
                claims.quantities, TableScanner.scan(bodyLinesOf(extracted, units, bodyStart, closing),
                        sectionsByLine(units, sections)), CitationVariantsFinder.find(citations));
        return new ReportModel(document, header.issuer, header.nationalName, header.nationalMotto, header.number,
                header.date, title.title(), addressees, request, citations, headings,
                bodyLines(units, bodyStart, closing, sections), recipients,
                delivery(request, recipients, addressees), signature, numbers);
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

    /** The body's citations, the request letter marked so it is judged once (by CIT_REQUEST_AFTER_REPORT). */
    private static List<Citation> markRequest(List<CitationScanner.Found> found, Optional<RequestCitation> request) {
        return found.stream().map(CitationScanner.Found::citation)
                .map(c -> request.filter(r -> r.citation().numberSymbol().equals(c.numberSymbol())
                        && r.location().line() == c.location().line()).isPresent() ? c.asRequest() : c)
                .toList();
    }

    private static List<SourceLine> bodyLinesOf(ExtractedDocument extracted, List<Unit> units, int from, int to) {
        if (from >= to) {
            return List.of();
        }
        int first = units.get(from).line();
        int last = units.get(to - 1).line();
        return extracted.lines().subList(first - 1, last);
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
