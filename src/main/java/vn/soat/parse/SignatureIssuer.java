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
     * {@code inPerson}: the document names the head of the collective as its issuing authority under the title
     * ({@code CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …} above the Căn cứ lines of a Quyết định).
     */
    static SignatureReader.Issuer resolve(IssuerCatalogue issuers, Optional<HeaderIssuer> header,
            Optional<DocumentNumber> number, boolean inPerson, Passage opening, List<CitationScanner.Found> citations) {
        if (header.isPresent()) {
            IssuerCatalogue.Identified identified = issuers.identify(header.get().lines());
            if (identified.named() && identified.body().isEmpty()) {
                return UNKNOWN;
            }
            if (identified.named() && inPerson && identified.kind() == IssuerKind.COLLECTIVE) {
                return new SignatureReader.Issuer(identified.name(), IssuerKind.CHAIRMAN_IN_PERSON,
                        "dòng thẩm quyền ban hành \"CHỦ TỊCH …\"", identified.body());
            }
            if (identified.named()) {
                return new SignatureReader.Issuer(identified.name(), identified.kind(), "phần đầu văn bản",
                        identified.body());
            }
        }
        Optional<IssuerCatalogue.Body> bySymbol = number.map(SignatureIssuer::issuerCode)
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

    /** The issuer group of the symbol: after the type code ({@code BC-UBND}), or first in a công văn's ({@code VPCP-QHQT}). */
    private static String issuerCode(DocumentNumber number) {
        String[] groups = number.symbol().split("-");
        int at = number.typeCode().isEmpty() ? 0 : 1;
        return groups.length > at ? groups[at].strip() : "";
    }
}
