package vn.soat.parse.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.soat.parse.claims.Texts.paragraph;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsTest {

    @Test
    void aTotalReadByTwoDetectorsIsOneFact() {
        Claims claims = Claims.scan(List.of(paragraph(
                "Đón 3 đoàn với 30 người, gồm 2 đoàn Lào với 25 người và 1 đoàn Thái Lan với 10 người.")));
        assertThat(claims.breakdowns()).filteredOn(b -> b.unit().equals("người")).singleElement()
                .satisfies(b -> assertThat(b.sum()).isEqualTo(35));
    }

    @Test
    void aMiscountedListAndItsTotalStandAtTheSameGom() {
        Claims claims = Claims.scan(List.of(paragraph("Có 5 xã biên giới, gồm 6 xã: A, B, C, D, E.")));
        assertThat(claims.breakdowns()).singleElement()
                .satisfies(b -> assertThat(b.claimAt()).isEqualTo(claims.countedLists().get(0).claimAt()));
    }

    @Test
    void aWholeInOneParagraphReachesItsPartInTheNextOfTheSameSectionOnly() {
        List<Paragraph> sameSection = List.of(paragraph(1, "I", "Xã có tổng số 1.169 hộ."), paragraph(2, "I", "Có 60 hộ = 9%."));
        List<Paragraph> otherSection = List.of(paragraph(1, "I", "Xã có tổng số 1.169 hộ."), paragraph(2, "II", "Có 60 hộ = 9%."));
        assertThat(Claims.scan(sameSection).percents()).hasSize(1);
        assertThat(Claims.scan(otherSection).percents()).isEmpty();
    }
}
