package vn.soat.signature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.Iterator;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * The CMS (PKCS#7) of one PDF signature: its signer certificate, its signing time, and whether it
 * verifies over the signed bytes. Detached CMS ({@code adbe.pkcs7.detached}, {@code ETSI.CAdES.detached})
 * signs the byte range itself; the old {@code adbe.pkcs7.sha1} signs the SHA-1 of the byte range,
 * carried inside the CMS.
 */
record SignedCms(Optional<X509CertificateHolder> certificate, String signingTime, String problem) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    static SignedCms read(byte[] contents, byte[] signedBytes, String subFilter) {
        try {
            boolean sha1 = "adbe.pkcs7.sha1".equals(subFilter);
            CMSSignedData cms = sha1 ? new CMSSignedData(contents)
                    : new CMSSignedData(new CMSProcessableByteArray(signedBytes), contents);
            Iterator<SignerInformation> signers = cms.getSignerInfos().getSigners().iterator();
            if (!signers.hasNext()) {
                return new SignedCms(Optional.empty(), "", "chữ ký không có thông tin người ký");
            }
            SignerInformation signer = signers.next();
            @SuppressWarnings("unchecked")
            Iterator<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID()).iterator();
            Optional<X509CertificateHolder> certificate = matches.hasNext() ? Optional.of(matches.next()) : Optional.empty();
            String time = signingTime(signer);
            if (certificate.isEmpty()) {
                return new SignedCms(certificate, time, "chữ ký không kèm chứng thư của người ký");
            }
            return new SignedCms(certificate, time, verify(signer, certificate.get(), cms, signedBytes, sha1));
        } catch (CMSException | RuntimeException e) {
            return new SignedCms(Optional.empty(), "", "không đọc được dữ liệu chữ ký (CMS)");
        }
    }

    private static String verify(SignerInformation signer, X509CertificateHolder certificate, CMSSignedData cms,
            byte[] signedBytes, boolean sha1) {
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return "chữ ký không khớp với chứng thư";
            }
            if (sha1) {
                byte[] carried = (byte[]) cms.getSignedContent().getContent();
                if (!Arrays.equals(carried, MessageDigest.getInstance("SHA-1").digest(signedBytes))) {
                    return "giá trị băm không khớp với nội dung đã ký";
                }
            }
            return "";
        } catch (CMSSignerDigestMismatchException e) {
            return "giá trị băm không khớp với nội dung đã ký";
        } catch (CMSException | OperatorCreationException | java.security.cert.CertificateException
                | NoSuchAlgorithmException | RuntimeException e) {
            return "không kiểm tra được chữ ký: " + e.getClass().getSimpleName();
        }
    }

    private static String signingTime(SignerInformation signer) {
        if (signer.getSignedAttributes() == null) {
            return "";
        }
        Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return "";
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        Date date = Time.getInstance(value).getDate();
        return format(date.toInstant());
    }

    /** In Vietnam's time, where the documents are signed: {@code 2025-11-05 09:14:03 +07:00}. */
    static String format(Instant instant) {
        return TIME.format(instant.atOffset(ZoneOffset.ofHours(7)));
    }
}
