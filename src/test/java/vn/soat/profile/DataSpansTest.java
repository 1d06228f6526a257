package vn.soat.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table in {@link DataSpans}: what is read as a data period, and what is not. */
class DataSpansTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026.|từ 15/12/2025 đến 14/6/2026|true",
        "số liệu từ ngày 15/12 đến 14/6/2026|từ 15/12/2025 đến 14/6/2026|true",
        "(từ ngày 01/01/2026 đến 30/6/2026)|từ 1/1/2026 đến 30/6/2026|false",
        "Số liệu tính đến ngày 14/6/2026.|đến 14/6/2026|true",
        "Thời gian chốt số liệu đến hết ngày 14 tháng 6 năm 2026.|đến 14/6/2026|true",
        "từ ngày 15/12 đến 14/6|từ 15/12/2025 đến 14/6/2026|false",
    })
    void readsADataPeriod(String line, String display, boolean dataWords) {
        assertThat(DataSpans.find(line, 2026)).singleElement().satisfies(span -> {
            assertThat(span.display()).isEqualTo(display);
            assertThat(span.dataWords()).isEqualTo(dataWords);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tính đến nay, xã đã tiếp 05 đoàn.",
        "Tính đến ngày 07/11/2022, có 49 đoàn với 275 lượt người.",
        "Giai đoạn từ năm 2020 đến năm 2025.",
        "Từ ngày 30/6/2026 đến 01/01/2026 (ngược).",
    })
    void readsNothingWhereNoDataPeriodIsStated(String line) {
        assertThat(DataSpans.find(line, 2026)).isEmpty();
    }
}
