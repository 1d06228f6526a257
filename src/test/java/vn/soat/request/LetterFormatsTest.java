package vn.soat.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.soat.Fixtures;
import vn.soat.ingest.Submission;

/** A letter is read through the same extraction as a report: the DOCX of a letter gives what its text gives. */
class LetterFormatsTest {

    private static final Path LETTER = LetterFixturesTest.LETTERS.resolve("sngv-danh-so-6-thang-2026.txt");

    @Test
    void aDocxLetterGivesTheItemsDeadlineAndCutOffOfItsText() throws Exception {
        String text = Files.readString(LETTER, StandardCharsets.UTF_8);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            text.lines().forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(docx);
        }
        ReportRequest fromText = Fixtures.pipeline().readLetter(new Submission("cong-van.txt", text.getBytes(StandardCharsets.UTF_8)));
        ReportRequest fromDocx = Fixtures.pipeline().readLetter(new Submission("cong-van.docx", docx.toByteArray()));

        assertThat(fromDocx.letter().orElseThrow().items()).extracting(i -> i.words())
                .containsExactlyElementsOf(fromText.letter().orElseThrow().items().stream().map(i -> i.words()).toList())
                .hasSize(6);
        assertThat(fromDocx.letter().orElseThrow().display()).isEqualTo(fromText.letter().orElseThrow().display());
        assertThat(fromDocx.deadline().orElseThrow().lastDay()).isEqualTo(fromText.deadline().orElseThrow().lastDay());
        assertThat(fromDocx.cutoff().orElseThrow().display()).isEqualTo("từ 15/12/2025 đến 14/6/2026");
    }

    @Test
    void bytesThatAreNoDocumentCannotBeReadAsALetter() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixtures.pipeline().readLetter(
                new Submission("cong-van.pdf", "%PDF-1.7 truncated".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(UnreadableLetterException.class);
    }
}
