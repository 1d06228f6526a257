package vn.soat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The request letter over HTTP: the optional multipart part {@code request} and field {@code deadline}. */
@SpringBootTest(classes = SoatWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:api;DB_CLOSE_DELAY=-1", "soat.max-upload-size=256KB"})
class RequestLetterApiTest {

    private static final Path LETTER = Path.of("fixtures/rules/RPT_LATE/letter.txt");
    private static final Path LATE = Path.of("fixtures/rules/RPT_LATE/fail-dated-after-the-letters-deadline.txt");

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** A multipart body with the report as {@code file} and, when given, the letter as {@code request}. */
    private Http.Response post(String path, byte[] report, byte[] letter, String deadline) throws Exception {
        return post(path, "file", report, letter, deadline);
    }

    private Http.Response post(String path, String reportPart, byte[] report, byte[] letter, String deadline) throws Exception {
        String boundary = "soat-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, reportPart, "bao-cao.txt", report);
        if (letter != null) {
            part(body, boundary, "request", "cong-van.txt", letter);
        }
        if (deadline != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deadline\"\r\n\r\n" + deadline + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aReportWithItsLetterIsCheckedAgainstIt() throws Exception {
        Http.Response created = post("/api/v1/checks", Files.readAllBytes(LATE), Files.readAllBytes(LETTER), null);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("profile").asString()).isEqualTo("cong-van-yeu-cau");
        assertThat(created.json().findValuesAsString("ruleId")).contains("RPT_LATE");
        assertThat(created.json().get("request").get("letter").asString()).startsWith("Công văn số 7253/UBND-VP");
        assertThat(created.json().get("request").get("deadline").asString()).isEqualTo("2024-11-29");
    }

    @Test
    void aDeadlineFieldWorksWithoutALetter() throws Exception {
        Http.Response created = post("/api/v1/checks", Files.readAllBytes(LATE), null, "2024-11-30");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().findValuesAsString("ruleId")).contains("RPT_LATE");
    }

    @Test
    void aLetterThatCannotBeReadOrABadDeadlineIsAProblem() throws Exception {
        Http.Response junk = post("/api/v1/checks", Files.readAllBytes(LATE), new byte[] {0x50, 0x4b, 0x03, 0x04, 9, 9, 9}, null);
        assertThat(junk.status()).isEqualTo(400);
        assertThat(junk.contentType()).startsWith("application/problem+json");
        assertThat(junk.json().get("title").asString()).isEqualTo("Không đọc được công văn yêu cầu");
        Http.Response empty = post("/api/v1/checks", Files.readAllBytes(LATE), new byte[0], null);
        assertThat(empty.status()).as("a named, empty letter is not a missing one").isEqualTo(400);
        Http.Response badDay = post("/api/v1/checks", Files.readAllBytes(LATE), null, "30/11/2024");
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.json().get("title").asString()).isEqualTo("Hạn gửi không hợp lệ");
    }

    @Test
    void theUploadPageTakesTheLetterAsAnOptionalSecondFile() throws Exception {
        String page = http.get("/").body();
        assertThat(page).contains("name=\"request\"").contains("name=\"deadline\"");
        Http.Response result = post("/checks", "files", Files.readAllBytes(LATE), Files.readAllBytes(LETTER), null);
        assertThat(result.status()).isIn(302, 303);
        String shown = http.get(java.net.URI.create(result.location()).getPath()).body();
        assertThat(shown).contains("(theo công văn yêu cầu kèm theo)").contains("RPT_LATE")
                .contains("<dt>Đối chiếu với</dt><dd id=\"request\">Công văn số 7253/UBND-VP");
    }
}
