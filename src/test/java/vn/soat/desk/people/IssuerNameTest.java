package vn.soat.desk.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IssuerNameTest {

    @Test
    void diacriticsCaseAndTheSpelledOutPeoplesCommitteeDoNotMatter() {
        assertThat(IssuerName.normalise("Ủy ban nhân dân xã Lũng Niêm")).isEqualTo("UBND XA LUNG NIEM");
        assertThat(IssuerName.normalise("UBND XÃ LŨNG NIÊM")).isEqualTo("UBND XA LUNG NIEM");
        assertThat(IssuerName.normalise("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")).isEqualTo("SO VAN HOA THE THAO VA DU LICH");
        assertThat(IssuerName.normalise("Đảng ủy")).isEqualTo("DANG UY");
        assertThat(IssuerName.normalise(null)).isEmpty();
    }

    @Test
    void oneUnitMatchesAndTwoCandidatesOrNoneLeaveTheReviewerToChoose() {
        Units units = new Units(null);
        List<Unit> round = List.of(new Unit("NGASON", "Huyện Nga Sơn", List.of("UBND huyện Nga Sơn")),
                new Unit("SNV", "Sở Nội vụ", List.of("Sở Nội vụ")), new Unit("SNV2", "Sở Nội vụ (trùng)", List.of("Sở Nội vụ")));
        assertThat(units.matchIssuer("ỦY BAN NHÂN DÂN HUYỆN NGA SƠN", round)).isEqualTo(Optional.of("NGASON"));
        assertThat(units.matchIssuer("SỞ NỘI VỤ", round)).isEmpty();
        assertThat(units.matchIssuer("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", round)).isEmpty();
        assertThat(units.matchIssuer("", round)).isEmpty();
    }
}
