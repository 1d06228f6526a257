package vn.soat.web;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A 0-byte .pdf over HTTP: checked and stored as an empty PDF, on the anonymous API and in a round's intake. */
@SpringBootTest(classes = SoatWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:desk;DB_CLOSE_DELAY=-1", "soat.admin.password=admin-pass-1", "soat.desk.poll-millis=100"})
class EmptyFileApiTest {

    @LocalServerPort
    int port;

    @Test
    void anEmptyPdfIsCheckedAsAnEmptyPdf() throws Exception {
        Http.Response created = new Http(port).upload("/api/v1/checks", "file", "rong.pdf", new byte[0], "application/pdf");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("format").asString()).isEqualTo("PDF");
        assertThat(created.json().findValuesAsString("message")).containsExactly("Không có nội dung để kiểm tra: tệp rỗng (0 byte).");
        String page = new Http(port).get("/checks/" + created.json().get("id").asString()).body();
        assertThat(page).contains("(chưa áp dụng vì chưa đọc được nội dung tệp)").doesNotContain("do người dùng chọn");
    }

    @Test
    void anEmptyPdfIsReceivedInARoundAndReportedEmpty() throws Exception {
        Http admin = new Http(port, "admin", "admin-pass-1");
        String period = DeskApiTest.periodWithUnits(admin);
        Http.Response accepted = admin.upload("/api/v1/periods/" + period + "/submissions", "file", "rong.pdf", new byte[0],
                "application/pdf", "unit", "SNV");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("refused")).isEmpty();
        String id = DeskApiTest.awaitChecked(admin, period, 1).get(0).get("id").asString();
        JsonNode result = admin.get("/api/v1/submissions/" + id).json().get("result");
        assertThat(result.get("format").asString()).isEqualTo("PDF");
        assertThat(result.findValuesAsString("message")).containsExactly("Không có nội dung để kiểm tra: tệp rỗng (0 byte).");
    }

    @Test
    void anEmptyPdfDroppedOnTheRoundPageIsReceivedAsOverTheApi() throws Exception {
        Http admin = new Http(port, "admin", "admin-pass-1");
        String period = DeskApiTest.periodWithUnits(admin);
        Http.Response dropped = admin.upload("/desk/rounds/" + period + "/files", "files", "rong.pdf", new byte[0], "application/pdf",
                "unit", "SNV");
        assertThat(dropped.status()).isEqualTo(302);
        String id = DeskApiTest.awaitChecked(admin, period, 1).get(0).get("id").asString();
        assertThat(admin.get("/api/v1/submissions/" + id).json().get("result").findValuesAsString("ruleId")).containsExactly("DOC_NO_TEXT");
        // the empty file input of the form (no name, no byte) is nothing chosen, said in the page's words
        Http.Response nothing = admin.upload("/desk/rounds/" + period + "/files", "files", "", new byte[0], "application/octet-stream");
        assertThat(nothing.status()).isEqualTo(302);
        assertThat(DeskApiTest.awaitChecked(admin, period, 1)).hasSize(1);
    }
}
