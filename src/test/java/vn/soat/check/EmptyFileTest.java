package vn.soat.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soat.Fixtures;
import vn.soat.cli.Cli;
import vn.soat.finding.Finding;
import vn.soat.ingest.Submission;

/** An empty file (no byte, or only blanks) is reported as empty, with the format its name says, not as text. */
class EmptyFileTest {

    private static CheckResult check(String name, String content) {
        return Fixtures.pipeline().check(new Submission(name, content.getBytes(StandardCharsets.UTF_8)), Optional.empty());
    }

    @Test
    void aZeroBytePdfIsAnEmptyPdf() {
        CheckResult result = check("báo cáo.PDF", "");
        assertThat(result.format()).isEqualTo("PDF");
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::caseName, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DOC_NO_TEXT", "DOC_NO_TEXT: the file is empty",
                        "Không có nội dung để kiểm tra: tệp rỗng (0 byte)."));
    }

    @Test
    void aFileOfBlanksIsEmptyInTheFormatOfItsName() {
        CheckResult result = check("bao-cao.docx", " \n\t\r\n ");
        assertThat(result.format()).isEqualTo("DOCX");
        assertThat(result.findings()).extracting(Finding::message)
                .containsExactly("Không có nội dung để kiểm tra: tệp chỉ có khoảng trắng (6 byte).");
        assertThat(check("bao-cao.doc", "\uFEFF\n").format()).isEqualTo("DOC");
        assertThat(check("ghi-chu", "").format()).isEqualTo("TXT");
    }

    @Test
    void aFileWithTextIsJudgedByItsContentWhateverItsName() {
        assertThat(check("bao-cao.pdf", "Báo cáo").format()).isEqualTo("TXT");
        assertThat(check("bao-cao.pdf", "Báo cáo").findings()).extracting(Finding::caseName)
                .doesNotContain("DOC_NO_TEXT: the file is empty");
    }

    @Test
    void theCommandLineSaysTheEmptyPdfIsEmpty(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("rong.pdf"), new byte[0]);
        StringWriter out = new StringWriter();
        int status = Cli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "check", "--format", "json", empty.toString());
        assertThat(status).isEqualTo(1);
        assertThat(out.toString()).contains("\"format\" : \"PDF\"").contains("tệp rỗng (0 byte)");
    }
}
