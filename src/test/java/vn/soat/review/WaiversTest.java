package vn.soat.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.soat.review.FindingsForTest.finding;
import static vn.soat.review.FindingsForTest.withCase;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.soat.finding.Finding;

class WaiversTest {

    private static final Instant NOON = Instant.parse("2026-06-18T05:00:00Z");

    @Test
    void waiverCoversTheSameFindingInTheNextFileWhateverItsLineAndCase() {
        Finding next = withCase(finding("NUM_TOTAL_MISMATCH", 57, "Tổng số 13 đoàn,  gồm 3 đoàn ra và 11 đoàn vào"),
                "NUM_TOTAL_MISMATCH: paired total");
        Finding other = finding("NUM_TOTAL_MISMATCH", 70, "Tổng số 9 hội nghị, gồm 4 và 6");
        Waiver waiver = new Waiver("NUM_TOTAL_MISMATCH", "tổng số 13 đoàn, gồm 3 đoàn ra và 11 đoàn vào",
                "11 đoàn vào gồm cả 1 đoàn ra đã tính", "reviewer1", NOON);

        List<Waivers.Applied> applied = Waivers.apply(List.of(next, other), List.of(waiver));

        assertThat(applied).extracting(Waivers.Applied::finding).containsExactly(next, other);
        assertThat(applied.get(0).waiver()).contains(waiver);
        assertThat(applied.get(1).waived()).isFalse();
        assertThat(Waivers.unwaived(List.of(next, other), List.of(waiver))).containsExactly(other);
    }

    @Test
    void waiverOfAnotherRuleWithTheSameExcerptCoversNothing() {
        Finding finding = finding("NUM_PERCENT_MISMATCH", 15, "60 hộ = 5,03%");
        Waiver waiver = new Waiver("NUM_TOTAL_MISMATCH", "60 hộ = 5,03%", "", "reviewer1", NOON);

        assertThat(Waivers.apply(List.of(finding), List.of(waiver)).get(0).waived()).isFalse();
    }

    @Test
    void waiverQuotingACutExcerptWithItsEllipsisStillMatches() {
        Finding finding = finding("CIT_MALFORMED", 107, "Nghị quyết số 22/NQ-TW ngày 10/4/2013 của Bộ Chính trị…");
        Waiver waiver = new Waiver("CIT_MALFORMED", "Nghị quyết số 22/NQ-TW ngày 10/4/2013 của Bộ Chính trị", "", "a", NOON);

        assertThat(Waivers.apply(List.of(finding), List.of(waiver)).get(0).waived()).isTrue();
    }
}
