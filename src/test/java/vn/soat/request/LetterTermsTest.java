package vn.soat.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.soat.extract.SourceLine;

/** The deadline table in {@link LetterTerms}: as written → the last day a report may be dated. */
class LetterTermsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Báo cáo gửi về Sở Ngoại vụ trước ngày 18/6/2026.|2026-06-17",
        "Báo cáo gửi chậm nhất ngày 18/6/2026.|2026-06-18",
        "Báo cáo gửi về trước 17h00 ngày 18/6/2026.|2026-06-18",
        "Báo cáo gửi về Ủy ban Dân tộc trước ngày 15 tháng 5 năm 2021.|2021-05-14",
        "Thời gian báo cáo chậm nhất là ngày 20/11/2020.|2020-11-20",
        "Báo cáo gửi về Sở trước ngày 18/6 để tổng hợp.|2026-06-17",
        "Hội nghị tổ chức trước ngày 01/7/2026.|",
    })
    void readsTheLastDayInTime(String line, String lastDay) {
        String read = LetterTerms.deadline(List.of(new SourceLine(1, 1, 0, line.length(), line)), 2026, "công văn")
                .map(d -> LocalDate.ofEpochDay(d.lastDay()).toString()).orElse(null);
        assertThat(read).isEqualTo(lastDay);
    }

    @org.junit.jupiter.api.Test
    void aDeadlineBrokenOverTwoLinesIsReadAtItsFirstLine() {
        String first = "Báo cáo gửi về Sở Ngoại vụ trước";
        String second = "ngày 18/6/2026 để tổng hợp.";
        var read = LetterTerms.deadline(List.of(new SourceLine(7, 1, 0, first.length(), first),
                new SourceLine(8, 1, first.length() + 1, first.length() + 1 + second.length(), second)), 2026, "công văn");
        assertThat(read).hasValueSatisfying(d -> {
            assertThat(LocalDate.ofEpochDay(d.lastDay())).isEqualTo(LocalDate.of(2026, 6, 17));
            assertThat(d.location().line()).isEqualTo(7);
        });
    }
}
