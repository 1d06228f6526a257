package vn.soat.signature;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A self-signed RSA certificate made for a test, named like those of Vietnamese government CAs. */
record TestCertificate(PrivateKey key, X509Certificate certificate) {

    /** A person's certificate: {@code CN=Phạm Thị Lan, O=…, UID=CCCD:…}. */
    static TestCertificate person(String name, String organisation) {
        return make(new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name).addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.L, "Thanh Hóa").addRDN(BCStyle.C, "VN").addRDN(BCStyle.UID, "CCCD:038190001234").build());
    }

    /** An organisation's e-seal: the body in CN, its budget code in UID, no person's name. */
    static TestCertificate organisation(String body, String parent) {
        return make(new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, body).addRDN(BCStyle.O, parent)
                .addRDN(BCStyle.L, "Thanh Hóa").addRDN(BCStyle.C, "VN").addRDN(BCStyle.UID, "MNS:1012345").build());
    }

    private static TestCertificate make(X500Name subject) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(3650, ChronoUnit.DAYS)), subject, keys.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            return new TestCertificate(keys.getPrivate(), certificate);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }
}
