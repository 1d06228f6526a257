package vn.soat.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.soat.Fixtures;
import vn.soat.ingest.DocumentFormat;
import vn.soat.ingest.FormatSniffer;
import vn.soat.text.LegacyVietnamese;

/** Word 97-2003 files read line for line as the DOCX they were saved from ({@code fixtures/doc/}). */
class DocExtractorTest {

    private static final Path DOC = Fixtures.ROOT.resolve("doc");

    @TestFactory
    Stream<DynamicTest> aDocReadsAsItsDocx() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : Fixtures.list(DOC)) {
            if (doc.toString().endsWith(".doc")) {
                tests.add(DynamicTest.dynamicTest(doc.getFileName().toString(), () -> {
                    ExtractedDocument fromDoc = read(doc);
                    ExtractedDocument fromDocx = read(Path.of(doc + "x"));
                    assertThat(fromDoc.format()).isEqualTo(DocumentFormat.DOC);
                    assertThat(fromDoc.lines()).isEqualTo(fromDocx.lines());
                    assertThat(fromDoc.legacy()).isEqualTo(fromDocx.legacy());
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(4);
        return tests.stream();
    }

    @Test
    void aFieldShowsItsResultWithoutItsCode() throws Exception {
        assertThat(texts(read(DOC.resolve("fields-and-tables.doc"))))
                .startsWith("Xem trang Sở Ngoại vụ để biết thêm.", "STT | Nội dung | Số lượng", "1 | Đoàn ra | 3")
                .noneMatch(line -> line.contains("HYPERLINK"));
    }

    @Test
    void aLayoutTableIsReadCellByCellWithItsNestedTable() throws Exception {
        assertThat(texts(read(DOC.resolve("fields-and-tables.doc"))))
                .containsSubsequence("Giữa.", "UBND TỈNH", "lồng A", "lồng B", "Số: 12/BC-UBND", "CỘNG HÒA", "Cuối.");
    }

    @Test
    void textBoxesComeBeforeTheBody() throws Exception {
        List<String> lines = texts(read(DOC.resolve("header-in-text-boxes.doc")));
        assertThat(lines.subList(0, 3)).containsExactly("UBND HUYỆN ĐỊNH HÓA", "ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH",
                "Số: 52/BC-UBND");
        assertThat(lines).containsOnlyOnce("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    @Test
    void aTcvn3FontIsConvertedIncludingTheLetterStoredAsAnOptionalHyphen() throws Exception {
        ExtractedDocument doc = read(DOC.resolve("vntime-font.doc"));
        assertThat(doc.legacy()).get().extracting(LegacyConversion::encoding).isEqualTo(LegacyVietnamese.Encoding.TCVN3);
        assertThat(texts(doc)).contains("Kết quả công tác đối ngoại năm 2024, phương hướng, nhiệm vụ năm 2025");
    }

    @Test
    void wordListNumbersAreRead() throws Exception {
        assertThat(texts(read(Fixtures.ROOT.resolve("formats/word-numbering-nam.doc"))))
                .containsSubsequence("I. ĐẶC ĐIỂM TÌNH HÌNH", "II. KẾT QUẢ TRIỂN KHAI CÔNG TÁC ĐỐI NGOẠI NĂM 2024",
                        "1. Công tác quản lý đoàn ra, đoàn vào", "2. Công tác ký kết và thực hiện thỏa thuận quốc tế: Không phát sinh.",
                        "III. KHÓ KHĂN, HẠN CHẾ", "- UBND huyện Định Hóa (b/c);");
    }

    @Test
    void aPasswordProtectedWordFileIsRefusedWithItsReason() {
        for (String name : List.of("encrypted.doc", "encrypted-docx.docx")) {
            Path file = Fixtures.ROOT.resolve("bad").resolve(name);
            assertThat(FormatSniffer.sniff(bytes(file))).as(name).isEqualTo(DocumentFormat.DOC);
            assertThatThrownBy(() -> read(file)).as(name).isInstanceOf(ExtractionException.class)
                    .hasMessageStartingWith("tệp Word được đặt mật khẩu");
        }
    }

    @Test
    void aTruncatedDocIsBrokenNotACrash() {
        assertThatThrownBy(() -> read(Fixtures.ROOT.resolve("bad/truncated.doc")))
                .isInstanceOf(ExtractionException.class).hasMessage("tệp Word 97-2003 (.doc) bị hỏng hoặc không đầy đủ");
    }

    @Test
    void anExcelFileIsNotAWordFile() {
        assertThat(FormatSniffer.sniff(bytes(Fixtures.ROOT.resolve("bad/excel-not-word.xls")))).isEqualTo(DocumentFormat.UNKNOWN);
    }

    private static ExtractedDocument read(Path file) throws ExtractionException {
        byte[] content = bytes(file);
        return TextExtractor.extract(FormatSniffer.sniff(content), content);
    }

    private static List<String> texts(ExtractedDocument document) {
        return document.lines().stream().map(SourceLine::text).toList();
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
