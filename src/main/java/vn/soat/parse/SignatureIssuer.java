package vn.soat.parse;

import java.util.List;
import java.util.Optional;
import vn.soat.model.DocumentNumber;
import vn.soat.model.HeaderIssuer;
import vn.soat.model.IssuerKind;

/** Who issued the document, for judging its signature: the header if it names a body, else the symbol, else the opening. */
final class SignatureIssuer {

    private static final SignatureReader.Issuer UNKNOWN = new SignatureReader.Issuer("", IssuerKind.UNKNOWN, "",
            Optional.empty());

    private SignatureIssuer() {
    }

    /**
     * A header that names a body the catalogue does not list gives an unknown issuer: the symbol or the opening
     * sentence may name a parent or another body, and a guessed issuer would give wrong authority findings.
     */
    static SignatureReader.Issuer resolve(IssuerCatalogue issuers, Optional<HeaderIssuer> header,
            Optional<DocumentNumber> number, Passage opening, List<CitationScanner.Found> citations) {
        if (header.isPresent()) {
            IssuerCatalogue.Identified identified = issuers.identify(header.get().lines());
            if (identified.named()) {
                return identified.body().isEmpty() ? UNKNOWN : new SignatureReader.Issuer(identified.name(),
                        identified.kind(), "phần đầu văn bản", identified.body());
            }
        }
        Optional<IssuerCatalogue.Body> bySymbol = number.map(DocumentNumber::symbol).map(SignatureIssuer::issuerCode)
                .flatMap(issuers::bySymbolCode);
        if (bySymbol.isPresent()) {
            return new SignatureReader.Issuer(bySymbol.get().name(), bySymbol.get().kind(),
                    "ký hiệu " + number.get().symbol(), bySymbol);
        }
        int after = citations.isEmpty() ? 0 : citations.get(0).end();
        Optional<String> speaker = OpeningParser.reportingBody(opening, after);
        Optional<IssuerCatalogue.Body> bySpeaker = speaker.flatMap(issuers::byName);
        if (bySpeaker.isPresent()) {
            return new SignatureReader.Issuer(speaker.get(), bySpeaker.get().kind(),
                    "câu mở đầu \"" + speaker.get() + " báo cáo\"", bySpeaker);
        }
        return UNKNOWN;
    }

    /** The issuer group of a symbol: {@code BC-UBND} → {@code UBND}; a công văn's {@code VPCP-QHQT} → {@code VPCP}; {@code 2010/QĐ-UBND} → {@code UBND}. */
    private static String issuerCode(String symbol) {
        String[] groups = symbol.substring(symbol.lastIndexOf('/') + 1).split("-");
        return groups.length >= 2 && isTypeCode(groups[0].strip()) ? groups[1].strip() : groups[0].strip();
    }

    private static boolean isTypeCode(String code) {
        return List.of("NQ", "QĐ", "CT", "QC", "QYĐ", "TC", "TB", "HD", "CTR", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTR",
                "HĐ", "CĐ", "GN", "TTH", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TRS", "SL")
                .contains(code.toUpperCase(java.util.Locale.ROOT));
    }
}
