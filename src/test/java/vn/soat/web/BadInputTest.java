package vn.soat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a newcomer trying to break the service sends: every answer is a result or a Vietnamese RFC 9457 problem
 * (4xx), never a 500, a stack trace or a server's own error page.
 */
@SpringBootTest(classes = SoatWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:badinput;DB_CLOSE_DELAY=-1", "soat.admin.password=admin-pass-1", "soat.desk.poll-millis=100"})
class BadInputTest {

    private static final byte[] SEED = read("fixtures/formats/base-nam.docx");

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void anApiCallAcceptingOnlyHtmlIsA406ProblemNotA500() throws Exception {
        Http http = new Http(port);
        String id = http.upload("/api/v1/checks", "file", "a.docx", SEED, "application/octet-stream").json().get("id").asString();
        for (String path : new String[] {"/api/v1/checks/" + id, "/api/v1/checks/khong-co", "/api/v1/rules"}) {
            Http.Response response = http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html").GET());
            assertThat(response.status()).as(path).isEqualTo(406);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString()).contains("application/json");
        }
    }

    @Test
    void aLongVietnameseFileNameIsCheckedNotCalledTooLarge() throws Exception {
        // 255 characters, the longest name Windows allows, sent percent-encoded (RFC 5987, as some HTTP libraries do):
        // about 1,000 bytes of part header, twice Tomcat's default limit of 512
        String name = "Tờ trình đề nghị phê duyệt kế hoạch đón tiếp đoàn đại biểu nước ngoài đến thăm huyện ".repeat(4)
                .substring(0, 250) + ".docx";
        String boundary = "soat-ten-dai";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")
                + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(SEED);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Http.Response created = new Http(port).post("/api/v1/checks", "multipart/form-data; boundary=" + boundary, body.toByteArray());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("file").asString()).isEqualTo(name);
    }

    @Test
    void aPartHeaderOverTheLimitIsA400ThatSaysSoNotAFileOver20Mb() throws Exception {
        Http.Response response = new Http(port).upload("/api/v1/checks", "file", "x".repeat(9000) + ".docx", SEED,
                "application/octet-stream");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("tên tệp").doesNotContain("20 MB");
    }

    @Test
    void headAndOptionsOnAPublicResultAnswerAsGetDoes() throws Exception {
        Http http = new Http(port);
        String id = http.upload("/api/v1/checks", "file", "a.docx", SEED, "application/octet-stream").json().get("id").asString();
        for (String path : new String[] {"/api/v1/checks/" + id, "/checks/" + id, "/api/v1/rules", "/"}) {
            Http.Response head = http.send(HttpRequest.newBuilder(URI.create(base() + path)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertThat(head.status()).as("HEAD " + path).isEqualTo(200);
            Http.Response options = http.send(HttpRequest.newBuilder(URI.create(base() + path))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertThat(options.status()).as("OPTIONS " + path).isEqualTo(200);
        }
        Http.Response desk = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/periods")).method("HEAD",
                HttpRequest.BodyPublishers.noBody()));
        assertThat(desk.status()).as("HEAD of a reviewer's endpoint").isEqualTo(401);
    }

    @Test
    void aUrlTheFirewallRejectsIsAProblemInVietnamese() throws Exception {
        Http http = new Http(port);
        for (String path : new String[] {"/api/v1/checks/a;b", "/api//checks/x", "/api/v1/checks/a%25b"}) {
            Http.Response response = http.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.json().get("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
            assertThat(response.json().get("instance").asString()).isEqualTo(path);
        }
        Http.Response page = http.get("/checks/a;b");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Yêu cầu không hợp lệ").doesNotContain("timestamp");
    }

    @Test
    void anAddressTomcatRefusesBeforeAnyServletIsAProblemToo() throws Exception {
        Http http = new Http(port);
        for (String path : new String[] {"/api/v1/checks/..%2F..%2Fetc", "/api/v1/checks/%00"}) {
            Http.Response response = http.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.json().get("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
        }
        Http.Response page = http.get("/checks/%00");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("<html lang=\"vi\">").contains("Yêu cầu không hợp lệ").doesNotContain("HTTP Status");
    }

    @Test
    void twoFilePartsInOneCheckAreA400NotTheFirstCheckedAndTheSecondDropped() throws Exception {
        java.util.Map<String, byte[]> two = new java.util.LinkedHashMap<>();
        two.put("a.docx", SEED);
        two.put("b.docx", SEED);
        Http.Response response = new Http(port).uploadAll("/api/v1/checks", "file", two);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("2 tệp");
    }

    @Test
    void aRefusedUploadIsToldWhatItSeemsToBe() throws Exception {
        Http http = new Http(port);
        Http.Response page = http.upload("/api/v1/checks", "file", "cong-van.pdf",
                "<!DOCTYPE html><html><body>Đăng nhập</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/pdf");
        assertThat(page.status()).isEqualTo(415);
        assertThat(page.json().get("detail").asString()).startsWith("Tệp \"cong-van.pdf\": tệp là trang web (HTML)")
                .endsWith("soát nhận biết định dạng theo nội dung, không theo tên tệp.");
        Http.Response image = http.upload("/api/v1/checks", "file", "bao-cao.pdf", read("fixtures/bad/png-renamed.pdf"), "application/pdf");
        assertThat(image.json().get("detail").asString()).startsWith("Tệp \"bao-cao.pdf\": tệp là ảnh PNG");
    }

    @Test
    void aTraceIsA405Problem() throws Exception {
        Http.Response response = new Http(port).send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/rules"))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()));
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isEqualTo("Không dùng phương thức này ở địa chỉ này.");
    }

    @Test
    void anUploadedNameIsKeptAsItsLastSegmentInNfcAndAtMost255Characters() throws Exception {
        Http http = new Http(port);
        assertThat(http.upload("/api/v1/checks", "file", "../../x.docx", SEED, "application/octet-stream").json().get("file").asString())
                .isEqualTo("x.docx");
        assertThat(http.upload("/api/v1/checks", "file", "C:\\Users\\canbo\\bao-cao.docx", SEED, "application/octet-stream").json()
                .get("file").asString()).isEqualTo("bao-cao.docx");
        String decomposed = java.text.Normalizer.normalize("Báo cáo đối ngoại.docx", java.text.Normalizer.Form.NFD);
        assertThat(http.upload("/api/v1/checks", "file", decomposed, SEED, "application/octet-stream").json().get("file").asString())
                .isEqualTo("Báo cáo đối ngoại.docx");
        // 600 characters: over the 500 of the checks table, which made the insert fail with a 500
        Http.Response created = http.upload("/api/v1/checks", "file", "x".repeat(600) + ".docx", SEED, "application/octet-stream");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("file").asString()).hasSize(255).endsWith("x….docx");
        Http admin = new Http(port, "admin", "admin-pass-1");
        String period = DeskApiTest.periodWithUnits(admin);
        Http.Response received = admin.upload("/api/v1/periods/" + period + "/submissions", "file", "y".repeat(600) + ".docx", SEED,
                "application/octet-stream");
        assertThat(received.status()).as(received.body()).isEqualTo(202);
        assertThat(received.json().get("received").get(0).get("fileName").asString()).hasSize(255);
        Http.Response letter = admin.upload("/api/v1/periods/" + period + "/request-letter", "file", "z".repeat(300) + ".txt",
                read("fixtures/letters/sngv-danh-so-6-thang-2026.txt"), "text/plain");
        assertThat(letter.status()).as(letter.body()).isEqualTo(200);
    }

    @Test
    void aFileWhoseHeaderRunsOnForAThousandCharactersIsCheckedNotFailed() throws Exception {
        Http admin = new Http(port, "admin", "admin-pass-1");
        String period = DeskApiTest.periodWithUnits(admin);
        // the issuer read from it is longer than the 500 characters of submissions.issuer
        byte[] runOn = ("ỦY BAN NHÂN DÂN ".repeat(40) + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/BC-UBND\n"
                + "BÁO CÁO\nCông tác đối ngoại năm 2025\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        admin.upload("/api/v1/periods/" + period + "/submissions", "file", "dai.txt", runOn, "text/plain");
        tools.jackson.databind.JsonNode file = DeskApiTest.awaitChecked(admin, period, 1).get(0);
        assertThat(file.get("status").asString()).isEqualTo("CHECKED");
        assertThat(file.get("issuer").asString()).hasSize(500).endsWith("…");
        String id = file.get("id").asString();
        assertThat(admin.get("/api/v1/submissions/" + id).json().get("result").get("issuer").asString()).hasSizeGreaterThan(600);
    }

    @Test
    void namesLongerThanTheirColumnsAre400ProblemsNot500s() throws Exception {
        Http admin = new Http(port, "admin", "admin-pass-1");
        DeskApiTest.periodWithUnits(admin);
        Http.Response title = admin.postJson("/api/v1/periods", "{\"title\": \"" + "Đ".repeat(501) + "\", \"profile\": \"generic\","
                + " \"deadline\": \"2099-01-01\", \"units\": [\"SNV\"]}");
        assertThat(title.status()).isEqualTo(400);
        assertThat(title.json().get("detail").asString()).isEqualTo("Tên đợt báo cáo dài tối đa 500 ký tự.");
        Http.Response name = admin.postJson("/api/v1/units", "{\"code\": \"DAI\", \"name\": \"" + "Đ".repeat(301) + "\"}");
        assertThat(name.status()).isEqualTo(400);
        Http.Response issuer = admin.postJson("/api/v1/units", "{\"code\": \"DAI\", \"name\": \"Đơn vị\", \"issuerNames\": [\""
                + "Đ".repeat(301) + "\"]}");
        assertThat(issuer.status()).isEqualTo(400);
        assertThat(issuer.json().get("detail").asString()).isEqualTo("Tên đơn vị và mỗi tên cơ quan ban hành dài tối đa 300 ký tự.");
        Http.Response form = admin.post("/desk/admin/units", "application/x-www-form-urlencoded",
                "code=M%C3%A3+c%C3%B3+d%E1%BA%A5u+c%C3%A1ch&name=x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(form.status()).as("the admin page's form keeps the API's rules: a code with spaces").isEqualTo(302);
        assertThat(admin.get("/api/v1/units").body()).doesNotContain("Mã có dấu cách");
    }

    private static byte[] read(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
