package vn.soat.model;

import java.util.List;

/**
 * The authority lines, signer title and name at the end of the report, with what they mean for
 * the issuer (NĐ 30/2020 Điều 13; PL-I Mục II.7). Properties are computed by the parser so the
 * rules read like the regulation.
 *
 * @param issuerBasis         how the issuer was known ("phần đầu văn bản", "ký hiệu BC-UBND", …)
 * @param collectiveName      the collective a TM. line names for this issuer ({@code ỦY BAN NHÂN DÂN})
 * @param authorityTitle      the title the block acts for: after {@code KT.}, {@code TL.}, {@code TUQ.}, {@code Q.}, or the bare title
 * @param ktTitle             the title after {@code KT.}, empty without KT.
 * @param finalTitle          the last title line (the signer's own title)
 * @param expectedHead        the head's title for this issuer ({@code CHỦ TỊCH}, {@code GIÁM ĐỐC}), empty if unknown
 * @param expectedDeputy      the deputy's title for this issuer
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
        boolean finalTitleDeputy,
        boolean deputyOfKtTitle,
        boolean prefixOnDeputyTitle,
        boolean tuqThenKt,
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

    /** The authority title belongs to this issuer (its head, or its deputy when signing alone). */
    public boolean isAuthorityTitleOfIssuer() {
        return authorityTitle.equals(expectedHead) || authorityTitle.equals(expectedDeputy);
    }

    public boolean isFinalTitleHead() {
        return finalTitle.equals(expectedHead);
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
