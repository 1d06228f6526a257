package vn.soat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A round's uploaded request letter (read once, kept, every file of the round checked against it; the round's
 * deadline wins) and a batch with files that are not documents (refused and named, the others taken).
 */
@SpringBootTest(classes = SoatWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:desk-letter;DB_CLOSE_DELAY=-1", "soat.admin.password=admin-pass-1",
    "soat.desk.poll-millis=100"})
class DeskLetterTest {

    private static final Path LETTER = Path.of("fixtures/letters/sngv-danh-so-6-thang-2026.txt");
    private static final byte[] XLSX_LIKE = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    @LocalServerPort
    int port;

    private Http admin;

    @BeforeEach
    void client() {
        admin = new Http(port, "admin", "admin-pass-1");
    }

    private String round(String deadline) throws Exception {
        admin.postJson("/api/v1/units", """
                {"code": "SNV", "name": "Sở Nội vụ", "issuerNames": ["Sở Nội vụ"]}""");
        Http.Response created = admin.postJson("/api/v1/periods", """
                {"title": "Đối ngoại 6 tháng 2026", "profile": "doi-ngoai-nam", "deadline": "%s", "units": ["SNV"]}"""
                .formatted(deadline));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    @Test
    void everyFileOfARoundIsCheckedAgainstItsUploadedLetterAndTheRoundsDeadlineWins() throws Exception {
        String period = round("2020-01-01");
        Http.Response read = admin.upload("/api/v1/periods/" + period + "/request-letter", "file", "cv-812.txt",
                Files.readAllBytes(LETTER), "text/plain");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("numberSymbol").asString()).isEqualTo("812/SNgV-HTQT");
        assertThat(read.json().get("items")).hasSize(6);
        assertThat(read.json().get("deadline").asString()).contains("18/6/2026");
        assertThat(admin.get("/api/v1/periods/" + period).json().get("letterFile").asString()).isEqualTo("cv-812.txt");

        admin.upload("/api/v1/periods/" + period + "/submissions", "file", "snv.txt",
                Files.readAllBytes(Path.of("fixtures/documents/cv-bao-cao-so-nv-2025.txt")), "text/plain", "unit", "SNV");
        JsonNode file = DeskApiTest.awaitChecked(admin, period, 1).get(0);
        JsonNode findings = admin.get("/api/v1/submissions/" + file.get("id").asString()).json().get("result").get("findings");
        List<String> messages = new ArrayList<>();
        Map<String, String> byRule = new LinkedHashMap<>();
        findings.forEach(f -> {
            messages.add(f.get("message").asString());
            byRule.merge(f.get("ruleId").asString(), f.get("message").asString(), (a, b) -> a + " | " + b);
        });
        // an item the letter asks for, named in its own words
        assertThat(byRule.get("STR_SECTION_MISSING")).as(String.join("\n", messages)).contains("hội thảo quốc tế");
        // the report's opening cites another document than the letter
        assertThat(byRule).as(String.join("\n", messages)).containsKey("CIT_REQUEST_MISSING");
        // dated in 2025: late only by the round's deadline (1/1/2020), not by the letter's (17/6/2026)
        assertThat(byRule).as(String.join("\n", messages)).containsKey("RPT_LATE");
        assertThat(byRule.get("RPT_LATE")).contains("1/1/2020");

        String page = admin.get("/desk/rounds/" + period).body();
        assertThat(page).contains("812/SNgV-HTQT").contains("Tổ chức hội nghị, hội thảo quốc tế").contains("cv-812.txt");
    }

    @Test
    void anUnreadableLetterIsA400ProblemAndNothingIsStored() throws Exception {
        String period = round("2099-01-01");
        Http.Response refused = admin.upload("/api/v1/periods/" + period + "/request-letter", "file", "bang.xlsx", XLSX_LIKE,
                "application/octet-stream");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("Không đọc được văn bản yêu cầu").contains("bang.xlsx");
        assertThat(admin.get("/api/v1/periods/" + period).json().get("letterFile").asString()).isEmpty();
    }

    @Test
    void theRoundFormTakesTheLetterFileAndRefusesAnUnreadableOneInVietnamese() throws Exception {
        admin.postJson("/api/v1/units", """
                {"code": "SNV", "name": "Sở Nội vụ", "issuerNames": ["Sở Nội vụ"]}""");
        int before = admin.get("/api/v1/periods").json().size();
        Http.Response bad = admin.upload("/desk/rounds", "letterFile", "bang.xlsx", XLSX_LIKE, "application/octet-stream",
                "title", "Đợt có thư", "profile", "generic", "deadline", "2099-01-01", "units", "SNV");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("Không đọc được văn bản yêu cầu");
        assertThat(admin.get("/api/v1/periods").json().size()).isEqualTo(before);

        Http.Response made = admin.upload("/desk/rounds", "letterFile", "cv-812.txt", Files.readAllBytes(LETTER), "text/plain",
                "title", "Đợt có thư", "profile", "generic", "deadline", "2099-01-01", "units", "SNV");
        assertThat(made.status()).as(made.body()).isEqualTo(302);
        String page = admin.get(URI.create(made.location()).getPath()).body();
        assertThat(page).contains("812/SNgV-HTQT").contains("Công tác thông tin đối ngoại");
    }

    @Test
    void aBatchTakesItsDocumentsAndNamesTheFilesItRefuses() throws Exception {
        String period = round("2099-01-01");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("snv.txt", Files.readAllBytes(Path.of("fixtures/documents/cv-bao-cao-so-nv-2025.txt")));
        files.put("bang.xlsx", XLSX_LIKE);
        Http.Response some = admin.uploadAll("/api/v1/periods/" + period + "/submissions", "file", files);
        assertThat(some.status()).as(some.body()).isEqualTo(202);
        assertThat(some.json().get("received")).hasSize(1);
        assertThat(some.json().get("refused").get(0).get("fileName").asString()).isEqualTo("bang.xlsx");
        assertThat(some.json().get("refused").get(0).get("reason").asString()).contains("không phải PDF, DOCX, DOC hay TXT");

        Http.Response none = admin.uploadAll("/api/v1/periods/" + period + "/submissions", "file",
                Map.of("bang.xlsx", XLSX_LIKE, "anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}));
        assertThat(none.status()).isEqualTo(415);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.json().get("detail").asString()).contains("bang.xlsx").contains("anh.png");
        assertThat(DeskApiTest.awaitChecked(admin, period, 1)).hasSize(1);

        // the page: the flash message is kept in the session across the redirect, so this client keeps cookies
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String boundary = "soat-batch";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, byte[]> batch = new LinkedHashMap<>();
        batch.put("mot.txt", files.get("snv.txt"));
        batch.put("hai.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        for (Map.Entry<String, byte[]> f : batch.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(f.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin-pass-1".getBytes(StandardCharsets.UTF_8));
        String base = "http://localhost:" + port;
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create(base + "/desk/rounds/" + period + "/files"))
                .header("Authorization", basic).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/desk/rounds/" + period))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.body()).contains("Đã nhận 1 tệp").contains("hai.png").contains("không phải PDF, DOCX, DOC hay TXT");
    }
}
