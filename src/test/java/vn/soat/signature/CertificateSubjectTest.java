package vn.soat.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;
import vn.soat.model.DigitalSignature;
import vn.soat.model.Location;

/** Whose certificate it is, and whether it names the typed signer or the header's issuer. */
class CertificateSubjectTest {

    private static DigitalSignature signedBy(String commonName, boolean seal) {
        return new DigitalSignature(commonName, "", "", seal, "", "[0 1 2 3]", 5, 5, 1, 1, true, "", false,
                Location.DOCUMENT, "");
    }

    @Test
    void identityAndBudgetCodesTellPersonFromOrganisation() {
        assertThat(CertificateSubject.of(new X500Name("CN=Nguyễn Văn An,O=Sở Nội vụ,UID=CCCD:0381")).organisationSeal()).isFalse();
        assertThat(CertificateSubject.of(new X500Name("CN=Sở Nội vụ,O=UBND tỉnh Lâm Đồng,UID=MST:5800")).organisationSeal()).isTrue();
    }

    @Test
    void withoutCodesABodysNameInTheCnMakesAnESeal() {
        assertThat(CertificateSubject.of(new X500Name("CN=SỞ NỘI VỤ TỈNH LÂM ĐỒNG,O=UBND tỉnh Lâm Đồng")).organisationSeal()).isTrue();
        assertThat(CertificateSubject.of(new X500Name("CN=ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH")).organisationSeal()).isTrue();
        assertThat(CertificateSubject.of(new X500Name("CN=Vũ Thị Hoa,O=Sở Nội vụ")).organisationSeal()).isFalse();
        assertThat(CertificateSubject.of(new X500Name("CN=Trương Văn Bình,O=UBND huyện Định Hóa")).organisationSeal()).isFalse();
    }

    @Test
    void namesAreComparedWithoutDiacriticsOrCase() {
        assertThat(signedBy("PHAM THI LAN", false).namesPerson("Phạm Thị Lan")).isTrue();
        assertThat(signedBy("Phạm Thị Lan", false).namesPerson("Phạm Thị Lành")).isFalse();
        assertThat(signedBy("Phạm Văn Lan", false).namesPerson("Phạm Thị Lan")).isFalse();
    }

    @Test
    void anESealNamesTheIssuerWithItsProvinceOrWithUbndWrittenInFull() {
        List<String> header = List.of("UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ");
        assertThat(signedBy("SỞ NỘI VỤ TỈNH LÂM ĐỒNG", true).namesBody(header)).isTrue();
        assertThat(signedBy("SỞ TÀI CHÍNH TỈNH LÂM ĐỒNG", true).namesBody(header)).isFalse();
        assertThat(signedBy("Ủy ban nhân dân xã Phú Đình", true)
                .namesBody(List.of("UBND HUYỆN ĐỊNH HÓA", "UBND XÃ PHÚ ĐÌNH"))).isTrue();
        assertThat(signedBy("Ủy ban nhân dân xã Bộc Nhiêu", true)
                .namesBody(List.of("UBND HUYỆN ĐỊNH HÓA", "UBND XÃ PHÚ ĐÌNH"))).isFalse();
    }
}
