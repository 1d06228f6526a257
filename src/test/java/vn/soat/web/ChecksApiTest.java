package vn.soat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(classes = SoatWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:api;DB_CLOSE_DELAY=-1", "soat.max-upload-size=256KB", "soat.admin.password=admin-pass-1"})
class ChecksApiTest {

    private static final Path SEED_002 = Path.of("fixtures/seeds/002_nga-son-doi-ngoai-2019.txt");

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Http.Response upload(Path file) throws Exception {
        return http.upload("/api/v1/checks", "file", file.getFileName().toString(), Files.readAllBytes(file), "application/octet-stream");
    }

    @Test
    void aCheckIsCreatedWithItsLocationAndTheContractBody() throws Exception {
        Http.Response created = upload(SEED_002);
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(created.location()).isEqualTo("/api/v1/checks/" + body.get("id").asString());
        assertThat(body.get("file").asString()).isEqualTo("002_nga-son-doi-ngoai-2019.txt");
        assertThat(body.get("profile").asString()).isEqualTo("doi-ngoai-nam");
        assertThat(body.get("summary").get("errors").asInt()).isPositive();
        assertThat(body.findValuesAsString("ruleId")).contains("STR_NUMBERING", "CIT_REQUEST_MISSING");
        for (String field : List.of("sha256", "format", "pages", "documentType", "issuer", "profileDetected", "checkedAt", "durationMs", "rulesVersion", "findings")) {
            assertThat(body.has(field)).as(field).isTrue();
        }
    }

    @Test
    void aStoredCheckIsReturnedAsItWasCreated() throws Exception {
        Http.Response created = upload(SEED_002);
        Http.Response fetched = http.get(created.location());
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.contentType()).startsWith("application/json");
        assertThat(fetched.body()).isEqualTo(created.body());
    }

    @Test
    void theResultPageSaysOnceWhenTheHeaderWasNotInTheText() throws Exception {
        String bodyOnly = http.get("/checks/" + upload(SEED_002).json().get("id").asString()).body();
        String whole = http.get("/checks/" + upload(vn.soat.Fixtures.ROOT.resolve("documents/kh-ubnd-xa-2026.txt"))
                .json().get("id").asString()).body();
        assertThat(bodyOnly).contains("soát không thấy phần đầu văn bản");
        assertThat(whole).doesNotContain("soát không thấy phần đầu văn bản");
    }

    @Test
    void theFiguresOfTheOutlineAreInTheJsonAndInATableOnThePage() throws Exception {
        JsonNode body = upload(vn.soat.Fixtures.ROOT.resolve("clean/so-ngoai-vu-phan-thu-nhat-2023.txt")).json();
        JsonNode first = body.get("indicators").get(0);
        assertThat(first.get("id").asString()).isEqualTo("doan-ra");
        assertThat(first.get("value").asInt()).isEqualTo(52);
        assertThat(first.get("unit").asString()).isEqualTo("đoàn");
        assertThat(first.get("location").get("line").asInt()).isEqualTo(23);

        String page = http.get("/checks/" + body.get("id").asString()).body();
        assertThat(page).contains("Số liệu tổng hợp", "<td>Số đoàn ra</td>", "52 đoàn", "3.200.000 USD",
                "Phối hợp giải quyết 15 vụ việc bảo hộ công dân;");
        assertThat(http.get("/checks/" + upload(vn.soat.Fixtures.ROOT.resolve("documents/kh-ubnd-xa-2026.txt"))
                .json().get("id").asString()).body()).doesNotContain("Số liệu tổng hợp");
    }

    @Test
    void theSameFileTwiceIsTwoChecks() throws Exception {
        JsonNode first = upload(SEED_002).json();
        JsonNode second = upload(SEED_002).json();
        assertThat(first.get("id").asString()).isNotEqualTo(second.get("id").asString());
        assertThat(first.get("sha256")).isEqualTo(second.get("sha256"));
        assertThat(http.get("/api/v1/checks/" + first.get("id").asString()).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/checks/" + second.get("id").asString()).status()).isEqualTo(200);
    }

    @Test
    void aNamedProfileIsUsed() throws Exception {
        Http.Response created = http.upload("/api/v1/checks", "file", "003.txt",
                Files.readAllBytes(Path.of("fixtures/seeds/003_ha-tinh-sngv-kiem-diem-2022.txt")), "text/plain", "profile", "doi-ngoai-nam");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("profile").asString()).isEqualTo("doi-ngoai-nam");
        assertThat(created.json().get("profileDetected").asBoolean()).isFalse();
    }

    @Test
    void rulesAndProfilesAreListed() throws Exception {
        JsonNode rules = http.get("/api/v1/rules").json();
        assertThat(rules.findValuesAsString("id")).contains("FMT_NUMBER_MISSING", "NUM_TOTAL_MISMATCH", "STR_SECTION_MISSING");
        JsonNode profiles = http.get("/api/v1/profiles").json();
        assertThat(profiles.findValuesAsString("id")).contains("doi-ngoai-nam", "doi-ngoai-6-thang", "thong-tin-doi-ngoai", "generic");
    }

    @Test
    void noFileIsABadRequestProblem() throws Exception {
        Http.Response response = http.upload("/api/v1/checks", null, null, null, null, "profile", "generic");
        assertProblem(response, 400);
        assertProblem(http.post("/api/v1/checks", "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 400);
    }

    @Test
    void anUnknownProfileIsABadRequestProblem() throws Exception {
        Http.Response response = http.upload("/api/v1/checks", "file", "002.txt", Files.readAllBytes(SEED_002), "text/plain",
                "profile", "khong-co");
        assertProblem(response, 400);
        assertThat(response.json().get("detail").asString()).contains("khong-co");
    }

    @Test
    void aFileOverTheLimitIsContentTooLarge() throws Exception {
        byte[] big = "Báo cáo rất dài. ".repeat(30_000).getBytes(StandardCharsets.UTF_8);
        assertProblem(http.upload("/api/v1/checks", "file", "lon.txt", big, "text/plain"), 413);
    }

    @Test
    void contentThatIsNotADocumentIsUnsupported() throws Exception {
        assertProblem(upload(Path.of("fixtures/bad/png-renamed.pdf")), 415);
        assertProblem(upload(Path.of("fixtures/bad/random-bytes.bin")), 415);
    }

    @Test
    void aWord97DocumentIsCheckedAndAnExcelFileIsUnsupported() throws Exception {
        Http.Response created = upload(Path.of("fixtures/formats/base-nam.doc"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("format").asString()).isEqualTo("DOC");
        assertThat(created.json().findValuesAsString("ruleId")).isEmpty();
        Http.Response encrypted = upload(Path.of("fixtures/bad/encrypted.doc"));
        assertThat(encrypted.status()).isEqualTo(201);
        assertThat(encrypted.json().findValuesAsString("ruleId")).containsExactly("DOC_UNREADABLE");
        assertThat(encrypted.json().findValuesAsString("message")).anyMatch(m -> m.contains("mật khẩu"));
        assertProblem(upload(Path.of("fixtures/bad/excel-not-word.xls")), 415);
    }

    @Test
    void aBrokenDocumentOfASupportedKindIsCheckedAndStored() throws Exception {
        Http.Response created = upload(Path.of("fixtures/bad/truncated.pdf"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().findValuesAsString("ruleId")).containsExactly("DOC_UNREADABLE");
        assertThat(http.get(created.location()).status()).isEqualTo(200);
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        assertProblem(http.get("/api/v1/checks/00000000-0000-0000-0000-000000000000"), 404);
        assertProblem(http.get("/api/v1/checks/không-phải-mã"), 404);
    }

    @Test
    void noInputGivesAServerError() throws Exception {
        Random random = new Random(7);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            byte[] content = new byte[random.nextInt(3000)];
            random.nextBytes(content);
            if (i % 4 == 0) {
                System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, content, 0, Math.min(8, content.length));
            }
            if (i % 4 == 1 && content.length > 4) {
                content[0] = 'P';
                content[1] = 'K';
                content[2] = 3;
                content[3] = 4;
            }
            String name = i % 5 == 0 ? "x".repeat(600) + ".pdf" : "tệp " + i + (i % 3 == 0 ? ".docx" : ".txt");
            statuses.add(http.upload("/api/v1/checks", "file", name, content, i % 2 == 0 ? "application/pdf" : "image/png").status());
        }
        statuses.add(http.post("/api/v1/checks", "multipart/form-data; boundary=broken", "garbage".getBytes()).status());
        statuses.add(http.post("/api/v1/checks", "text/plain", new byte[0]).status());
        assertThat(statuses).allMatch(status -> status < 500);
    }

    @Test
    void openApiAndSwaggerUiAreServed() throws Exception {
        Http.Response docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/checks")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/checks/{id}")).isTrue();
        assertThat(docs.json().get("info").get("title").asString()).startsWith("soát");
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void healthIsUpOnceTheRulesAreCompiled() throws Exception {
        JsonNode health = http.as("admin", "admin-pass-1").get("/actuator/health").json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("rules").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void healthShowsOcrWithItsVersionAndLanguagesAndAScanIsRead() throws Exception {
        JsonNode ocr = http.as("admin", "admin-pass-1").get("/actuator/health").json().get("components").get("ocr");
        assertThat(ocr.get("status").asString()).isEqualTo("UP");
        assertThat(ocr.get("details").get("version").asString()).startsWith("tesseract ");
        assertThat(ocr.get("details").get("languages").toString()).contains("\"vie\"");
        JsonNode scan = upload(Path.of("fixtures/scans/base-thong-tin.pdf")).json();
        assertThat(scan.findValuesAsString("ruleId")).contains("DOC_OCR").doesNotContain("DOC_NO_TEXT");
    }

    @Test
    void thePageUploadsAndShowsTheResult() throws Exception {
        assertThat(http.get("/").body()).contains("Kiểm tra báo cáo").contains("name=\"files\"");
        Http.Response uploaded = http.upload("/checks", "files", "002.txt", Files.readAllBytes(SEED_002), "text/plain", "profile", "");
        assertThat(uploaded.status()).isEqualTo(302);
        Http.Response page = http.get(uploaded.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Trả lại").contains("sau mục &quot;III&quot; là mục &quot;VI&quot;").contains("Căn cứ:");
    }

    /** The pages are Vietnamese whatever language the browser (or curl, which names none) asks for. */
    @Test
    void thePagesSayTheyAreVietnamese() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (String asked : List.of("", "en-US,en;q=0.9")) {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/"));
            if (!asked.isEmpty()) {
                request.header("Accept-Language", asked);
            }
            java.net.http.HttpResponse<String> page = client.send(request.build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(page.headers().firstValue("Content-Language")).as(asked).hasValue("vi");
        }
    }

    @Test
    void anUnknownResultPageIsAFriendlyNotFound() throws Exception {
        Http.Response page = http.get("/checks/khong-co");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Không có lượt kiểm tra nào");
    }

    private static void assertProblem(Http.Response response, int status) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isNotBlank();
    }
}
