package vn.soat.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.soat.check.CheckResult;
import vn.soat.finding.Summary;
import vn.soat.finding.Verdict;
import vn.soat.model.Location;
import vn.soat.profile.Indicator;

class IndicatorTotalsTest {

    @Test
    void exactValuesAreAddedPerIndicatorAndUnitAndAmbiguousOnesCountedApart() {
        CheckResult xa = result("xa-phu-dinh.pdf", exact("doan-vao", "đoàn", "3"), exact("gia-tri", "VND", "1250000000"));
        CheckResult huyen = result("huyen-quan-son.docx", exact("doan-vao", "đoàn", "5"), exact("gia-tri", "USD", "3200000"));
        CheckResult so = result("so-ngoai-vu.pdf", ambiguous("doan-vao", "đoàn"), exact("gia-tri", "VND", "1850000000"));
        CheckResult none = result("xa-bo-ha.txt", exact("doan-vao", "đoàn", "0"));

        List<IndicatorTotals.Total> totals = IndicatorTotals.of(List.of(xa, huyen, so, none));

        assertThat(totals).extracting(t -> t.id() + " " + t.unit() + " = " + t.total().toPlainString() + " (" + t.reports()
                + " báo cáo, " + t.ambiguous() + " chưa rõ " + t.ambiguousFiles() + ")")
                .containsExactly("doan-vao đoàn = 8 (3 báo cáo, 1 chưa rõ [so-ngoai-vu.pdf])",
                        "gia-tri VND = 3100000000 (2 báo cáo, 0 chưa rõ [])",
                        "gia-tri USD = 3200000 (1 báo cáo, 0 chưa rõ [])");
    }

    @Test
    void noResultsNoTotals() {
        assertThat(IndicatorTotals.of(List.of())).isEmpty();
    }

    private static Indicator exact(String id, String unit, String value) {
        return new Indicator(id, id, "item", new BigDecimal(value), unit, new Location(1, 20, "", 0, 0), "…", false, "", List.of());
    }

    private static Indicator ambiguous(String id, String unit) {
        return new Indicator(id, id, "item", null, unit, new Location(1, 20, "", 0, 0), "…", true, "Báo cáo ghi 2 giá trị khác nhau",
                List.of());
    }

    private static CheckResult result(String file, Indicator... indicators) {
        return new CheckResult("", file, "", "PDF", 1, new CheckResult.DocumentKind("BC", "Báo cáo"), "", "doi-ngoai-nam", true,
                Instant.EPOCH, 0, "", null, Verdict.PASSED, new Summary(0, 0, 0), List.of(), List.of(indicators), List.of());
    }
}
