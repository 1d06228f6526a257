package vn.soat.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LegalBasisTest {

    @Test
    void eachDocumentIsNamedOnceWithItsPartsInFirstSeenOrder() {
        assertThat(LegalBasis.merged(List.of("Nghị định 30/2020/NĐ-CP, Điều 13; Phụ lục I, Mục II.7",
                "Nghị định 30/2020/NĐ-CP, Điều 13 khoản 1; Phụ lục I, Mục II.7", "Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.7")))
                .isEqualTo("Nghị định 30/2020/NĐ-CP, Điều 13; Phụ lục I, Mục II.7; Điều 13 khoản 1");
    }

    @Test
    void otherDocumentsAndBlankBasesKeepTheirPlace() {
        assertThat(LegalBasis.merged(List.of("", "Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.3; "
                + "Quy định 66-QĐ/TW ngày 06/02/2017 (thể thức văn bản của Đảng)", "tập quán hành chính")))
                .isEqualTo("Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.3; Quy định 66-QĐ/TW ngày 06/02/2017 "
                        + "(thể thức văn bản của Đảng); tập quán hành chính");
    }
}
