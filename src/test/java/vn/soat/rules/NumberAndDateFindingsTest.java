package vn.soat.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.soat.Fixtures;
import vn.soat.finding.Finding;
import vn.soat.model.Breakdown;
import vn.soat.model.CountedList;
import vn.soat.model.Location;

/** Each case of the number rules and of the body-date case, on a small report, asserted at its line. */
class NumberAndDateFindingsTest {

    /** The body starts at line 12. */
    private static final String HEADER = vn.soat.SmallReport.HEADER + "I. KẾT QUẢ\n";

    /** The findings of these rules on a report with this body, as (rule id, line). */
    private static ListAssert<Tuple> findings(String body, String... ruleIds) {
        List<String> ids = List.of(ruleIds);
        return assertThat(Fixtures.checkText(HEADER + body).findings().stream().filter(f -> ids.contains(f.ruleId()))
                .map(f -> tuple(f.ruleId(), f.location().line())).toList());
    }

    @Test
    void peopleInParenthesesThatDoNotAddUpAreATotalMismatchAtTheTotalsLine() {
        findings("""
                Năm 2024 đón 03 đoàn với tổng số 29 lượt người,
                gồm 02 đoàn Nhật Bản (19 người) và 01 đoàn Hàn Quốc (08 người).
                """, "NUM_TOTAL_MISMATCH").containsExactly(tuple("NUM_TOTAL_MISMATCH", 12));
        assertThat(Fixtures.checkText(HEADER + "Đón 03 đoàn với tổng số 29 lượt người, gồm 02 đoàn Nhật Bản (19 người)"
                + " và 01 đoàn Hàn Quốc (08 người).\n").findings()).filteredOn(f -> f.ruleId().equals("NUM_TOTAL_MISMATCH"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("29 lượt người", "19 + 08 = 27 lượt người"));
    }

    @Test
    void peopleInParenthesesThatAddUpAreNoFinding() {
        findings("Năm 2024 đón 03 đoàn với tổng số 29 lượt người, gồm 02 đoàn Nhật Bản (21 người) và 01 đoàn Hàn Quốc (08 người).\n",
                "NUM_TOTAL_MISMATCH", "NUM_COUNT_MISMATCH").isEmpty();
        findings("Đón 03 đoàn với 29 người, gồm 02 đoàn Lào với 21 người và 01 đoàn Thái Lan với 08 người.\n",
                "NUM_TOTAL_MISMATCH").isEmpty();
    }

    @Test
    void aMiscountedListIsOneFindingNotTwo() {
        findings("Xã có 5 xã biên giới, gồm 6 xã: A, B, C, D, E.\n", "NUM_TOTAL_MISMATCH", "NUM_COUNT_MISMATCH")
                .containsExactly(tuple("NUM_COUNT_MISMATCH", 12));
    }

    @Test
    void aListOfTheRightLengthUnderATotalTooSmallIsATotalMismatchOnly() {
        findings("Xã có 5 xã biên giới, gồm 6 xã: A, B, C, D, E, G.\n", "NUM_TOTAL_MISMATCH", "NUM_COUNT_MISMATCH")
                .containsExactly(tuple("NUM_TOTAL_MISMATCH", 12));
    }

    @Test
    void theMiscountedListWinsWhicheverFactComesFirst() {
        Location at = new Location(1, 12, "I", 300, 350);
        Breakdown total = new Breakdown(5, "5 xã", "xã", 6, 1, "6", "6 xã", true, 310, at, "5 xã, gồm 6 xã: A, B, C, D, E");
        CountedList list = new CountedList(6, 5, "xã", "A; B; C; D; E", 310, at, "gồm 6 xã: A, B, C, D, E");
        CountedList elsewhere = new CountedList(6, 5, "xã", "A; B; C; D; E", 900, at, "gồm 6 xã: A, B, C, D, E");
        RuleBase rules = Fixtures.pipeline().rules();
        assertThat(rules.fire(List.of(total, list), false)).extracting(Finding::ruleId).containsExactly("NUM_COUNT_MISMATCH");
        assertThat(rules.fire(List.of(list, total), false)).extracting(Finding::ruleId).containsExactly("NUM_COUNT_MISMATCH");
        assertThat(rules.fire(List.of(total, elsewhere), false)).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("NUM_COUNT_MISMATCH", "NUM_TOTAL_MISMATCH");
    }

    private static final String TABLE = """
            Biên chế năm 2025 như sau:
            TT{0}Nội dung{0}Số lượng
            1{0}Tổng 9.976 biên chế, gồm{0}9.976
            2{0}Công chức{0}3.743 biên chế
            3{0}Viên chức{0}6.233 biên chế
            4{0}Hợp đồng{0}60.674 biên chế
            """;

    @Test
    void numbersOfDifferentTableCellsAreNotABreakdown() {
        findings(TABLE.replace("{0}", "\t"), "NUM_TOTAL_MISMATCH").isEmpty();
        findings(TABLE.replace("{0}", " | "), "NUM_TOTAL_MISMATCH").isEmpty();
        findings("PHỤ LỤC I\n" + TABLE.replace("{0}", " "), "NUM_TOTAL_MISMATCH").isEmpty();
    }

    @Test
    void theSameNumbersWrittenAsProseAreStillAdded() {
        findings(TABLE.replace("{0}", " "), "NUM_TOTAL_MISMATCH").containsExactly(tuple("NUM_TOTAL_MISMATCH", 14));
    }

    @Test
    void impossibleDatesInTheBodyAreReportedEachAtItsLine() {
        findings("""
                Ngày 31 tháng 02 năm 2003, xã thành lập tổ công tác.
                Hội nghị họp ngày 30/02/2024 và ngày 31/4/2025.
                Ngày 29/02/2024 và ngày 30/4/2025 xã tổ chức hội nghị.
                """, "FMT_DATE_INVALID").containsExactly(tuple("FMT_DATE_INVALID", 12), tuple("FMT_DATE_INVALID", 13),
                tuple("FMT_DATE_INVALID", 13));
    }

    @Test
    void anImpossibleCitedDateIsJudgedOnceAsACitation() {
        findings("Thực hiện Kế hoạch số 12/KH-UBND ngày 31/02/2024 của UBND huyện về công tác đối ngoại.\n",
                "FMT_DATE_INVALID", "CIT_DATE_INVALID").containsExactly(tuple("CIT_DATE_INVALID", 12));
    }

    @Test
    void anImpossibleDateOfIssueIsJudgedOnceEvenWithoutATitle() {
        assertThat(Fixtures.checkText(HEADER.replace("ngày 25 tháng 11", "ngày 31 tháng 11").replace("BÁO CÁO\n", "")
                + "Nội dung.\n").findings()).filteredOn(f -> f.ruleId().equals("FMT_DATE_INVALID"))
                .extracting(f -> f.location().line()).containsExactly(6);
    }
}
