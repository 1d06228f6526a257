package vn.soat.signature;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import vn.soat.text.VietText;
import vn.soat.text.Regex;

/**
 * The subject of a signing certificate and whose it is. Vietnamese CAs mark a person's certificate
 * with an identity card number ({@code UID=CMND:…}, {@code CCCD:…}) and an organisation's e-seal with a
 * tax or budget code ({@code MST:…}, {@code MNS:…}); without such a mark, a CN that names a body
 * ({@code SỞ NỘI VỤ TỈNH LÂM ĐỒNG}) rather than a person decides.
 */
record CertificateSubject(String commonName, String organisation, String unit, boolean organisationSeal) {

    private static final Pattern PERSON_ID = Regex.compile("\\b(CMND|CCCD|CMT|HC|PASSPORT|PID)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_ID = Regex.compile("\\b(MST|MNS|MQHNS|MDV|TIN)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_WORDS = Regex.compile(
            "^(so|uy ban|ubnd|hoi dong|hdnd|bo|cuc|tong cuc|chi cuc|ban quan ly|van phong|phong|trung tam|thanh tra|"
                    + "cong an|toa an|vien kiem sat|benh vien|cong ty|tap doan|ngan hang|kho bac|dang uy|tinh uy|"
                    + "huyen uy|thanh uy|mat tran|lien doan|co quan|chi nhanh)\\b");
    private static final ASN1ObjectIdentifier ORGANIZATION_IDENTIFIER = new ASN1ObjectIdentifier("2.5.4.97");

    static CertificateSubject of(X500Name subject) {
        String cn = first(subject, BCStyle.CN);
        String o = first(subject, BCStyle.O);
        String ou = first(subject, BCStyle.OU);
        List<String> ids = new ArrayList<>();
        for (ASN1ObjectIdentifier type : List.of(BCStyle.UID, BCStyle.SERIALNUMBER, ORGANIZATION_IDENTIFIER)) {
            for (RDN rdn : subject.getRDNs(type)) {
                for (AttributeTypeAndValue value : rdn.getTypesAndValues()) {
                    ids.add(text(value.getValue()));
                }
            }
        }
        return new CertificateSubject(cn, o, ou, isOrganisation(cn, o, String.join(" ", ids)));
    }

    static boolean isOrganisation(String commonName, String organisation, String ids) {
        if (PERSON_ID.matcher(ids).find()) {
            return false;
        }
        if (BODY_ID.matcher(ids).find()) {
            return true;
        }
        String folded = fold(commonName);
        return BODY_WORDS.matcher(folded).find() || (!organisation.isEmpty() && folded.equals(fold(organisation)));
    }

    private static String first(X500Name subject, ASN1ObjectIdentifier type) {
        RDN[] rdns = subject.getRDNs(type);
        return rdns.length == 0 ? "" : text(rdns[0].getFirst().getValue()).strip();
    }

    private static String text(org.bouncycastle.asn1.ASN1Encodable value) {
        return value instanceof ASN1String string ? string.getString() : IETFUtils.valueToString(value);
    }

    private static String fold(String text) {
        return VietText.words(text);
    }
}
