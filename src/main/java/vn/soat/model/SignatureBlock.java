package vn.soat.model;

import java.util.List;

/**
 * The authority lines, signer title and name that close the document, with what they mean for the issuer
 * (NĐ 30/2020 Điều 13; PL-I Mục II.7). Properties are computed by the parser so the rules read like the
 * regulation. Issuer-dependent properties ({@code authorityTitleOfIssuer}, {@code finalTitleHead}, the kinds) are
 * only meaningful when {@code issuerKnown}: an issuer the catalogue does not list is never guessed.
 *
 * @param issuerBasis            how the issuer was known ("phần đầu văn bản", "ký hiệu BC-UBND", …)
 * @param collectiveName         the collective a TM. line names for this issuer ({@code ỦY BAN NHÂN DÂN})
 * @param authorityTitle         the title the block acts for: after {@code KT.}, {@code TL.}, {@code TUQ.}, {@code Q.}, or the bare title
 * @param ktTitle                the title after {@code KT.}, empty without KT.
 * @param finalTitle             the last title line (the signer's own title)
 * @param expectedHead           the head's title for this issuer ({@code CHỦ TỊCH}, {@code GIÁM ĐỐC}), empty if unknown
 * @param expectedDeputy         the (first) deputy's title for this issuer
 * @param authorityTitleOfIssuer the authority title is this issuer's head or one of its deputies
 * @param deputyOfKtTitle        the line after {@code KT. X} is a deputy of X
 * @param ktTitleKnown           whether {@code deputyOfKtTitle} could be judged: the issuer or the title X is listed
 * @param markers                the authority lines that start with a marker, each at its own line
 */
public record SignatureBlock(
        List<String> authorityLines,
        String issuerName,
        IssuerKind issuerKind,
        String issuerBasis,
        String collectiveName,
        boolean hasTm,
        boolean hasKt,
        boolean hasQ,
        boolean hasTl,
        boolean hasTuq,
        String authorityTitle,
        String ktTitle,
        String finalTitle,
        String expectedHead,
        String expectedDeputy,
        boolean authorityTitleOfIssuer,
        boolean finalTitleHead,
        boolean finalTitleDeputy,
        boolean deputyOfKtTitle,
        boolean ktTitleKnown,
        boolean prefixOnDeputyTitle,
        boolean tuqThenKt,
        List<AuthorityMarker> markers,
        String signer,
        String academicTitle,
        Location location,
        String excerpt) implements Located {

    public boolean isCollective() {
        return issuerKind == IssuerKind.COLLECTIVE;
    }

    public boolean isHeadOfAgency() {
        return issuerKind == IssuerKind.HEAD_OF_AGENCY;
    }

    public boolean isIssuerKnown() {
        return !expectedHead.isEmpty();
    }

    /**
     * A unit head signs by order ({@code TL.}) for the head of a collective body. Valid for ordinary documents
     * ({@code TL. CHỦ TỊCH} / {@code CHÁNH VĂN PHÒNG}); questionable on one that decides for the collective, which
     * a rule tells by combining this with the document's type.
     */
    public boolean isByOrderForCollective() {
        return hasTl && isCollective();
    }

    /** The issuer's name for messages, or a generic phrase when only its kind is known. */
    public String issuerLabel() {
        return issuerName.isEmpty() ? "cơ quan ban hành" : issuerName;
    }

    public String basisLabel() {
        return "căn cứ: " + issuerBasis;
    }

    public String blockText() {
        return String.join(" / ", authorityLines);
    }
}
