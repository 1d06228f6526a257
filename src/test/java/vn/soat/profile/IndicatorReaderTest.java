package vn.soat.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.soat.Fixtures;
import vn.soat.SmallReport;
import vn.soat.check.CheckResult;
import vn.soat.model.BodyLine;
import vn.soat.model.ItemCoverage;
import vn.soat.model.Location;

/** How a figure is read for an indicator: each form with a line that gives it and one that must not. */
class IndicatorReaderTest {

    private static final IndicatorSpec DOAN_RA = new IndicatorSpec("doan-ra", "Số đoàn ra", null, "đoàn", null,
            List.of("đoàn ra", "đoàn … đi công tác nước ngoài", "cử {n} đoàn"), null);
    private static final IndicatorSpec LUOT_KHACH = new IndicatorSpec("luot-khach-vao", "Số lượt khách nước ngoài", null, null,
            Map.of("lượt người", List.of("lượt")), List.of("lượt khách", "đón # đoàn … với {n} lượt"), null);
    private static final IndicatorSpec HOI_NGHI = new IndicatorSpec("hoi-nghi", "Số hội nghị, hội thảo quốc tế", null, null,
            Map.of("hội nghị, hội thảo", List.of("hội nghị", "hội thảo")), List.of("hội nghị, hội thảo quốc tế", "hội thảo quốc tế"), null);
    private static final IndicatorSpec GIA_TRI = new IndicatorSpec("gia-tri", "Giá trị viện trợ", "amount", null,
            Map.of("VND", List.of("đồng", "VNĐ"), "USD", List.of("USD")), List.of("giá trị … viện trợ"),
            List.of("tổng giá trị"));
    private static final IndicatorSpec DU_AN = new IndicatorSpec("du-an", "Số dự án viện trợ", null, "dự án", null,
            List.of("dự án viện trợ phi chính phủ"), List.of("dự án"));

    private static final OutlineProfile PROFILE = new OutlineProfile("thu", "Thử", 1, false, List.of(List.of("đối ngoại")),
            List.of(new ProfileItem("ket-qua", "Kết quả", true, true, false, List.of(), List.of(), List.of(
                    new ProfileItem("doan", "Đoàn ra, đoàn vào", true, false, false, List.of(), List.of(), List.of(),
                            List.of(DOAN_RA, LUOT_KHACH)),
                    new ProfileItem("hoi-nghi", "Hội nghị", true, false, false, List.of(), List.of(), List.of(), List.of(HOI_NGHI)),
                    new ProfileItem("vien-tro", "Viện trợ", true, false, false, List.of(), List.of(), List.of(),
                            List.of(DU_AN, GIA_TRI))))));

    @Test
    void numberBeforeTheWordsIsTheValue() {
        assertThat(read("Trong năm, huyện có 03 đoàn ra và đón 2 đoàn vào.")).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("doan-ra");
            assertThat(i.itemId()).isEqualTo("doan");
            assertThat(i.value()).isEqualByComparingTo("3");
            assertThat(i.unit()).isEqualTo("đoàn");
            assertThat(i.ambiguous()).isFalse();
            assertThat(i.location().line()).isEqualTo(20);
            assertThat(i.text()).isEqualTo("Trong năm, huyện có 03 đoàn ra và đón 2 đoàn vào.");
        });
    }

    @Test
    void numberAfterTheWordsWithOnlyLightWordsBetween() {
        assertThat(values("Đoàn ra: Số lượng đoàn ra: 01 đoàn")).containsExactly("doan-ra=1 đoàn");
        assertThat(values("Đoàn ra có 4 đoàn")).containsExactly("doan-ra=4 đoàn");
        assertThat(values("Đoàn ra: 5 lượt người")).isEmpty();
        assertThat(values("Đoàn ra của lãnh đạo huyện 2 đoàn")).isEmpty();
    }

    @Test
    void gapInAPhraseBridgesAnAttributeQuantity() {
        assertThat(values("Có 49 đoàn với 275 lượt cán bộ đi công tác nước ngoài.")).containsExactly("doan-ra=49 đoàn");
        assertThat(values("Tỉnh đón 35 đoàn khách quốc tế với 420 lượt người.")).containsExactly("luot-khach-vao=420 lượt người");
        assertThat(values("Huyện cử 03 đoàn với 24 lượt cán bộ sang Lào.")).containsExactly("doan-ra=3 đoàn");
        assertThat(values("Có 3 đoàn vào, 2 đoàn trong nước và cán bộ ra nước ngoài.")).isEmpty();
    }

    @Test
    void noneIsZero() {
        assertThat(values("- Không có Đoàn ra/ Đoàn vào")).containsExactly("doan-ra=0 đoàn");
        assertThat(values("Công tác quản lý đoàn đi công tác nước ngoài (đoàn ra): không có.")).containsExactly("doan-ra=0 đoàn");
        assertThat(values("Không tổ chức hội nghị, hội thảo quốc tế.")).containsExactly("hoi-nghi=0 hội nghị, hội thảo");
        assertThat(values("Không có vướng mắc trong việc quản lý đoàn ra.")).isEmpty();
    }

    @Test
    void headingFollowedByNothingButNoneIsZero() {
        List<BodyLine> lines = List.of(heading(20, "I.2", "2. Công tác tổ chức hội nghị, hội thảo quốc tế do địa phương tổ chức."),
                line(22, "I.2", "(Không)"));

        assertThat(IndicatorReader.read(PROFILE, lines, Optional.empty(), List.of()))
                .extracting(i -> i.id() + "=" + i.value().toPlainString()).containsExactly("hoi-nghi=0");
    }

    @Test
    void differencesPlansAndPartsAreNotFigures() {
        assertThat(values("Tổ chức 21 hội thảo quốc tế (tăng 6 hội thảo quốc tế so với năm trước).")).containsExactly("hoi-nghi=21 hội nghị, hội thảo");
        assertThat(values("Dự kiến tổ chức 2 hội thảo quốc tế.")).isEmpty();
        assertThat(values("Có 5 đoàn ra, trong đó 3 đoàn ra do lãnh đạo huyện dẫn đầu.")).containsExactly("doan-ra=5 đoàn");
    }

    @Test
    void twoDifferentValuesAreAmbiguousWithEveryReading() {
        List<Indicator> found = read("Trong năm có 4 đoàn ra.", "Tổng số đoàn ra: 6 đoàn.");

        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.ambiguous()).isTrue();
            assertThat(i.value()).isNull();
            assertThat(i.readings()).extracting(r -> r.value().toPlainString()).containsExactly("4", "6");
            assertThat(i.reason()).isEqualTo("Báo cáo ghi 2 giá trị khác nhau: \"Trong năm có 4 đoàn ra.\" (dòng 20); "
                    + "\"Tổng số đoàn ra: 6 đoàn.\" (dòng 21).");
        });
    }

    @Test
    void sameValueTwiceIsOneValue() {
        assertThat(read("Trong năm có 4 đoàn ra.", "Số đoàn ra: 04.")).singleElement()
                .satisfies(i -> assertThat(i.value()).isEqualByComparingTo("4"));
    }

    @Test
    void approximateOrRangeIsAmbiguous() {
        assertThat(read("Huyện có khoảng 10 đoàn ra.")).singleElement().satisfies(i -> {
            assertThat(i.ambiguous()).isTrue();
            assertThat(i.reason()).startsWith("Số liệu không chính xác (ước lượng hoặc khoảng)");
        });
        assertThat(read("Huyện có 10-15 đoàn ra.")).singleElement().satisfies(i -> assertThat(i.ambiguous()).isTrue());
    }

    @Test
    void amountNeedsACurrencyAndKeepsIt() {
        assertThat(values("Giá trị cam kết viện trợ phi chính phủ nước ngoài đạt 1,6 triệu USD."))
                .containsExactly("gia-tri=1600000 USD");
        assertThat(values("Giá trị viện trợ đạt 1.250.000.000 đồng.")).containsExactly("gia-tri=1250000000 VND");
        assertThat(values("Giá trị viện trợ đạt 12 dự án.")).isEmpty();
    }

    @Test
    void inItemWordsCountOnlyUnderTheItemsHeading() {
        ItemCoverage covered = new ItemCoverage("thu", "Thử", "vien-tro", "Viện trợ", "ket-qua", "Kết quả", true, true, false,
                "", "3. Viện trợ phi chính phủ nước ngoài", "đề mục", 100, new Location(1, 30, "I.3", 0, 0), "");
        List<BodyLine> lines = List.of(line(25, "I.2", "Tiếp nhận 4 dự án đầu tư."),
                heading(30, "I.3", "3. Viện trợ phi chính phủ nước ngoài"),
                line(31, "I.3", "Tiếp nhận 21 dự án với tổng giá trị 3,2 triệu USD."));

        assertThat(IndicatorReader.read(PROFILE, lines, Optional.empty(), List.of(covered)))
                .extracting(i -> i.id() + "=" + i.value().toPlainString() + " " + i.unit())
                .containsExactly("du-an=21 dự án", "gia-tri=3200000 USD");
    }

    @Test
    void planSectionIsNotRead() {
        vn.soat.model.Heading plan = new vn.soat.model.Heading(vn.soat.model.Heading.Level.ROMAN, "III", 3,
                "PHƯƠNG HƯỚNG", 3, 2, "II", "III", new Location(1, 40, "III", 0, 0), "");
        List<BodyLine> lines = List.of(line(20, "II.1", "Có 3 đoàn ra."), heading(40, "III", "III. PHƯƠNG HƯỚNG"),
                line(41, "III", "Tổ chức 5 đoàn ra."));

        assertThat(IndicatorReader.read(PROFILE, lines, Optional.of(plan), List.of()))
                .extracting(i -> i.value().toPlainString()).containsExactly("3");
    }

    @Test
    void shippedOutlineReadsASmallReportThroughTheCheck() {
        CheckResult result = Fixtures.checkText(SmallReport.HEADER + """
                Thực hiện Công văn số 7253/UBND-VP ngày 08/11/2024 của UBND huyện Định Hóa, UBND xã báo cáo như sau:

                I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2024

                1. Công tác quản lý đoàn ra, đoàn vào

                Trong năm, xã đón 02 đoàn khách nước ngoài với 17 lượt người. Không có đoàn ra.

                2. Công tác hội nghị, hội thảo quốc tế: Không phát sinh.
                """);

        assertThat(result.indicators()).extracting(i -> i.id() + "=" + i.value().toPlainString() + " " + i.unit() + " @" + i.location().line())
                .containsExactly("doan-ra=0 đoàn @17", "doan-vao=2 đoàn @17", "luot-khach-vao=17 lượt người @17",
                        "hoi-nghi-quoc-te=0 hội nghị, hội thảo @19");
    }

    private static List<Indicator> read(String... texts) {
        List<BodyLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(line(20 + i, "I.1", texts[i]));
        }
        return IndicatorReader.read(PROFILE, lines, Optional.empty(), List.of());
    }

    private static List<String> values(String text) {
        return read(text).stream().map(i -> i.id() + "=" + (i.value() == null ? "?" : i.value().toPlainString()) + " " + i.unit())
                .toList();
    }

    private static BodyLine line(int number, String section, String text) {
        return new BodyLine(text, false, new Location(1, number, section, 0, 0));
    }

    private static BodyLine heading(int number, String section, String text) {
        return new BodyLine(text, true, new Location(1, number, section, 0, 0));
    }
}
