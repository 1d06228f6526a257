package vn.soat.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.soat.review.FindingsForTest.finding;
import static vn.soat.review.FindingsForTest.withCase;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.soat.finding.Finding;

class ResubmissionTest {

    @Test
    void findingThatMovedDownBecauseOfAnAddedParagraphRemains() {
        Finding before = finding("NUM_TOTAL_MISMATCH", 40, "Tổng số 13 đoàn, gồm 3 đoàn ra và 11 đoàn vào");
        Finding now = finding("NUM_TOTAL_MISMATCH", 52, "Tổng số  13 đoàn, gồm 3 đoàn ra\nvà 11 đoàn vào");

        Resubmission.Comparison comparison = Resubmission.compare(List.of(before), List.of(now));

        assertThat(comparison.fixed()).isEmpty();
        assertThat(comparison.added()).isEmpty();
        assertThat(comparison.remaining()).containsExactly(new Resubmission.Remaining(before, now));
    }

    @Test
    void correctedFigureIsFixedAndNewDefectIsAdded() {
        Finding total = finding("NUM_TOTAL_MISMATCH", 40, "Tổng số 13 đoàn, gồm 3 đoàn ra và 11 đoàn vào");
        Finding numbering = finding("STR_NUMBERING", 60, "IV. PHƯƠNG HƯỚNG");
        Finding newNumbering = finding("STR_NUMBERING", 61, "VI. PHƯƠNG HƯỚNG");

        Resubmission.Comparison comparison = Resubmission.compare(List.of(total, numbering), List.of(newNumbering));

        assertThat(comparison.fixed()).containsExactly(total, numbering);
        assertThat(comparison.added()).containsExactly(newNumbering);
        assertThat(comparison.remaining()).isEmpty();
    }

    @Test
    void decomposedAndOldStyleTonesAreTheSameExcerptButOtherMarksAreNot() {
        Finding nfc = finding("RCP_OBSOLETE_UNIT", 10, "UBND huyện Định Hóa");
        Finding decomposed = finding("RCP_OBSOLETE_UNIT", 10, java.text.Normalizer.normalize("UBND huyện Định Hoá",
                java.text.Normalizer.Form.NFD));
        Finding otherWord = finding("RCP_OBSOLETE_UNIT", 10, "UBND huyện Định Hòá");

        assertThat(Resubmission.compare(List.of(nfc), List.of(decomposed)).remaining()).hasSize(1);
        Resubmission.Comparison different = Resubmission.compare(List.of(nfc), List.of(otherWord));
        assertThat(different.fixed()).containsExactly(nfc);
        assertThat(different.added()).containsExactly(otherWord);
    }

    @Test
    void anotherCaseOfTheSameRuleIsAnotherFinding() {
        Finding deputy = withCase(finding("SIG_AUTHORITY", 80, "KT. CHỦ TỊCH"), "SIG_AUTHORITY: deputy without KT.");
        Finding head = withCase(finding("SIG_AUTHORITY", 80, "KT. CHỦ TỊCH"), "SIG_AUTHORITY: head signs with KT.");

        Resubmission.Comparison comparison = Resubmission.compare(List.of(deputy), List.of(head));

        assertThat(comparison.fixed()).containsExactly(deputy);
        assertThat(comparison.added()).containsExactly(head);
    }

    @Test
    void repeatedFindingsArePairedByNearestLine() {
        Finding firstA = finding("CIT_MALFORMED", 10, "Nghị quyết số 22/NQ-TW");
        Finding firstB = finding("CIT_MALFORMED", 90, "Nghị quyết số 22/NQ-TW");
        Finding secondB = finding("CIT_MALFORMED", 95, "Nghị quyết số 22/NQ-TW");

        Resubmission.Comparison comparison = Resubmission.compare(List.of(firstA, firstB), List.of(secondB));

        assertThat(comparison.remaining()).containsExactly(new Resubmission.Remaining(firstB, secondB));
        assertThat(comparison.fixed()).hasSize(1).allSatisfy(f -> assertThat(f.location().line()).isEqualTo(10));
        assertThat(comparison.added()).isEmpty();
    }
}
