package vn.soat.parse.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.soat.parse.claims.Texts.paragraph;

import org.junit.jupiter.api.Test;
import vn.soat.model.Breakdown;

class PairedTotalsTest {

    private static final String DELEGATIONS = "Năm 2024 đón 03 đoàn với tổng số 29 lượt người, gồm 02 đoàn Nhật Bản (19 người)"
            + " và 01 đoàn Hàn Quốc (08 người).";

    @Test
    void peopleInParenthesesAreAddedUpAndTheDelegationsToo() {
        assertThat(PairedTotals.in(paragraph(DELEGATIONS))).extracting(Breakdown::totalText, Breakdown::partsText,
                Breakdown::sumText, Breakdown::exhaustive).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("03 đoàn", "02 + 01", "3 đoàn", true),
                        org.assertj.core.groups.Tuple.tuple("29 lượt người", "19 + 08", "27 lượt người", true));
    }

    @Test
    void peopleAfterVoiAreAddedUp() {
        assertThat(PairedTotals.in(paragraph("Đón 3 đoàn với 30 người, gồm 2 đoàn Lào với 20 người và 1 đoàn Thái Lan với 10 người.")))
                .filteredOn(b -> b.unit().equals("người")).singleElement()
                .satisfies(b -> assertThat(b.sum()).isEqualTo(b.total()));
    }

    @Test
    void aPartWithoutItsSecondNumberMakesTheSplitIncomplete() {
        assertThat(PairedTotals.in(paragraph("Đón 03 đoàn (29 người), gồm 02 đoàn Nhật Bản (19 người) và 01 đoàn Hàn Quốc.")))
                .filteredOn(b -> b.unit().equals("người")).isEmpty();
    }

    @Test
    void aSubsetAfterTrongDoIsNotJudgedShort() {
        assertThat(PairedTotals.in(paragraph("Đón 03 đoàn (29 người), trong đó 02 đoàn Nhật Bản (19 người)."))).isEmpty();
    }

    @Test
    void partsOfAnotherUnitAreNotParts() {
        assertThat(PairedTotals.in(paragraph("Đón 03 đoàn (29 người), gồm 02 đoàn Nhật Bản (19 xe) và 01 đoàn Lào (8 xe).")))
                .filteredOn(b -> b.unit().equals("người")).isEmpty();
    }

    @Test
    void theClaimStandsWhereItsKeywordStands() {
        Paragraph paragraph = paragraph(DELEGATIONS);
        assertThat(PairedTotals.in(paragraph)).extracting(Breakdown::claimAt).containsOnly(DELEGATIONS.indexOf("gồm"));
    }
}
