package vn.soat.web;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint's access, anonymous / reviewer / admin: 401 (API) or the sign-in page (pages) for
 * anonymous, 403 for the wrong role, 2xx or 3xx for the right one. The table must name every
 * mapping the application has, so a new endpoint without an access decision fails here.
 */
@SpringBootTest(classes = SoatWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:access;DB_CLOSE_DELAY=-1", "soat.admin.password=admin-pass-1", "soat.desk.poll-millis=100"})
class AccessTest {

    private static final byte[] SEED = read("fixtures/formats/base-nam.pdf");
    private static final byte[] LETTER = read("fixtures/letters/sngv-danh-so-6-thang-2026.txt");
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** What each kind of caller gets: status codes; 302 means "redirected", to the sign-in page for anonymous GETs. */
    record Rule(String method, String pattern, String body, int anonymous, int reviewer, int admin) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("POST", "/api/v1/checks", "file", 201, 201, 201),
            new Rule("GET", "/api/v1/checks/{id}", "", 200, 200, 200),
            new Rule("GET", "/api/v1/rules", "", 200, 200, 200),
            new Rule("GET", "/api/v1/profiles", "", 200, 200, 200),
            new Rule("POST", "/api/v1/units", "unit", 401, 403, 201),
            new Rule("GET", "/api/v1/units", "", 401, 200, 200),
            new Rule("POST", "/api/v1/users", "user", 401, 403, 201),
            new Rule("GET", "/api/v1/users", "", 401, 403, 200),
            new Rule("POST", "/api/v1/periods", "period", 401, 201, 201),
            new Rule("GET", "/api/v1/periods", "", 401, 200, 200),
            new Rule("GET", "/api/v1/periods/{id}", "", 401, 200, 200),
            new Rule("POST", "/api/v1/periods/{id}/submissions", "file", 401, 202, 202),
            new Rule("GET", "/api/v1/periods/{id}/submissions", "", 401, 200, 200),
            new Rule("POST", "/api/v1/periods/{id}/request-letter", "letter", 401, 200, 200),
            new Rule("GET", "/api/v1/periods/{id}/board", "", 401, 200, 200),
            new Rule("GET", "/api/v1/periods/{id}/board.csv", "", 401, 200, 200),
            new Rule("GET", "/api/v1/periods/{id}/board.xlsx", "", 401, 200, 200),
            new Rule("GET", "/api/v1/periods/{id}/totals", "", 401, 200, 200),
            new Rule("GET", "/api/v1/submissions/{id}", "", 401, 200, 200),
            new Rule("GET", "/api/v1/submissions/{id}/file", "", 401, 200, 200),
            new Rule("GET", "/api/v1/submissions/{id}/annotated.pdf", "", 401, 200, 200),
            new Rule("POST", "/api/v1/submissions/{id}/unit", "unitChoice", 401, 200, 200),
            new Rule("POST", "/api/v1/submissions/{id}/decision", "decision", 401, 201, 201),
            // the waiver names no finding of the file: past access control it is refused as a bad request (DeskApiTest waives a real one)
            new Rule("POST", "/api/v1/submissions/{id}/waivers", "waiver", 401, 400, 400),
            // no waiver of that id: past access control, 404 (DeskApiTest withdraws a real one)
            new Rule("DELETE", "/api/v1/submissions/{id}/waivers/{id}", "delete", 401, 404, 404),
            new Rule("GET", "/", "", 200, 200, 200),
            new Rule("POST", "/checks", "files", 302, 302, 302),
            new Rule("GET", "/checks/{id}", "", 200, 200, 200),
            new Rule("GET", "/login", "", 200, 200, 200),
            new Rule("GET", "/rules", "", 200, 200, 200),
            new Rule("GET", "/self-check/{id}", "", 200, 200, 200),
            new Rule("POST", "/self-check/{id}", "file", 302, 302, 302),
            new Rule("GET", "/desk", "", 302, 200, 200),
            new Rule("GET", "/desk/rounds/new", "", 302, 200, 200),
            new Rule("POST", "/desk/rounds", "roundForm", 403, 302, 302),
            new Rule("GET", "/desk/rounds/{id}", "", 302, 200, 200),
            new Rule("POST", "/desk/rounds/{id}/files", "files", 403, 302, 302),
            new Rule("GET", "/desk/rounds/{id}/progress", "", 302, 200, 200),
            new Rule("GET", "/desk/rounds/{id}/totals", "", 302, 200, 200),
            new Rule("GET", "/desk/submissions/{id}", "", 302, 200, 200),
            new Rule("GET", "/desk/submissions/{id}/comment", "", 302, 200, 200),
            new Rule("POST", "/desk/submissions/{id}/decision", "decisionForm", 403, 302, 302),
            new Rule("POST", "/desk/submissions/{id}/waivers", "waiverForm", 403, 302, 302),
            new Rule("POST", "/desk/submissions/{id}/waivers/{id}/withdraw", "emptyForm", 403, 302, 302),
            new Rule("POST", "/desk/submissions/{id}/unit", "unitForm", 403, 302, 302),
            new Rule("GET", "/desk/admin", "", 302, 403, 200),
            new Rule("POST", "/desk/admin/users", "userForm", 403, 403, 302),
            new Rule("POST", "/desk/admin/units", "unitAdminForm", 403, 403, 302));

    @Test
    void everyEndpointIsInTheTable() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("vn.soat")) {
                info.getPatternValues().forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(m -> mapped.add(m.name() + " " + pattern.replaceAll("\\{[^}]+}", "{id}"))));
            }
        });
        Set<String> table = new TreeSet<>();
        RULES.forEach(r -> table.add(r.method() + " " + r.pattern()));
        assertThat(table).containsAll(mapped);
    }

    /** A round of one unit (SNV) and the one file the admin received in it. */
    private record RoundWithAFile(String period, String submission) {
    }

    private static RoundWithAFile roundWithAFile(Http admin) throws Exception {
        admin.postJson("/api/v1/units", "{\"code\": \"SNV\", \"name\": \"Sở Nội vụ\", \"issuerNames\": [\"Sở Nội vụ\"]}");
        String period = admin.postJson("/api/v1/periods", "{\"title\": \"Đợt\", \"profile\": \"generic\", \"deadline\": \"2099-01-01\","
                + " \"units\": [\"SNV\"]}").json().get("id").asString();
        String submission = admin.upload("/api/v1/periods/" + period + "/submissions", "file", "base-nam.pdf", SEED, "application/pdf")
                .json().get("received").get(0).get("id").asString();
        return new RoundWithAFile(period, submission);
    }

    @Test
    void eachCallerGetsWhatTheTableSays() throws Exception {
        Http anonymous = new Http(port);
        Http admin = new Http(port, "admin", "admin-pass-1");
        assertThat(admin.postJson("/api/v1/users", "{\"username\": \"canbo\", \"password\": \"canbo-pass-1\", \"role\": \"REVIEWER\"}")
                .status()).isEqualTo(201);
        Http reviewer = new Http(port, "canbo", "canbo-pass-1");
        RoundWithAFile round = roundWithAFile(admin);
        String period = round.period();
        String submission = round.submission();
        String check = anonymous.upload("/api/v1/checks", "file", "base-nam.pdf", SEED, "application/pdf").json().get("id").asString();
        DeskApiTest.awaitChecked(admin, period, 1);

        SoftAssertions softly = new SoftAssertions();
        for (Rule rule : RULES) {
            String path = rule.pattern().replace("{id}", rule.pattern().startsWith("/api/v1/checks") || rule.pattern().startsWith("/checks")
                    ? check : rule.pattern().contains("submissions/") ? submission : period);
            softly.assertThat(call(anonymous, rule, path).status()).as("anonymous " + rule.method() + " " + path).isEqualTo(rule.anonymous());
            softly.assertThat(call(reviewer, rule, path).status()).as("reviewer " + rule.method() + " " + path).isEqualTo(rule.reviewer());
            softly.assertThat(call(admin, rule, path).status()).as("admin " + rule.method() + " " + path).isEqualTo(rule.admin());
        }
        softly.assertAll();
    }

    @Test
    void anUnauthenticatedApiCallIsA401ProblemNotTheSignInPage() throws Exception {
        Http.Response response = new Http(port).get("/api/v1/periods");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asString()).isEqualTo("Cần đăng nhập");
        Http.Response wrongPassword = new Http(port, "admin", "wrong").get("/api/v1/periods");
        assertThat(wrongPassword.status()).isEqualTo(401);
        Http.Response forbidden = new Http(port, "admin", "admin-pass-1").as("nobody", "x").get("/api/v1/users");
        assertThat(forbidden.status()).isEqualTo(401);
        Http.Response page = new Http(port).get("/desk");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }

    @Test
    void anotherSitesFormCarryingTheBrowsersBasicCredentialsIsAskedForTheCsrfToken() throws Exception {
        Http admin = new Http(port, "admin", "admin-pass-1");
        RoundWithAFile round = roundWithAFile(admin);
        String period = round.period();
        String submission = round.submission();
        String decision = "/desk/submissions/" + submission + "/decision";
        byte[] form = "decision=RETURNED&comment=gi%E1%BA%A3+m%E1%BA%A1o".getBytes(StandardCharsets.UTF_8);
        // A browser that once answered the Basic challenge sends the credentials with any site's form to this one.
        for (String[] header : new String[][] {{"Sec-Fetch-Site", "cross-site"}, {"Origin", "https://khac.example"}}) {
            Http.Response forged = admin.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + decision))
                    .header("Content-Type", "application/x-www-form-urlencoded").header(header[0], header[1])
                    .POST(HttpRequest.BodyPublishers.ofByteArray(form)));
            assertThat(forged.status()).as(header[0]).isEqualTo(403);
            Http.Response upload = admin.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/periods/" + period
                    + "/submissions")).header("Content-Type", "multipart/form-data; boundary=b").header(header[0], header[1])
                    .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.txt\"\r\n\r\n"
                            + "BÁO CÁO\r\n--b--\r\n")));
            assertThat(upload.status()).as(header[0]).isEqualTo(403);
        }
        assertThat(admin.get("/api/v1/submissions/" + submission).json().get("decisions")).isEmpty();
        // The same credentials from a script (no browser's headers), or from this site's own page, need no token.
        assertThat(admin.post(decision, "application/x-www-form-urlencoded", form).status()).isEqualTo(302);
        Http.Response sameOrigin = admin.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + decision))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofByteArray(form)));
        assertThat(sameOrigin.status()).isEqualTo(302);
        assertThat(admin.get("/api/v1/submissions/" + submission).json().get("decisions")).hasSize(2);
    }

    @Test
    void healthDetailsAreForAdminsOnly() throws Exception {
        JsonNode anonymous = new Http(port).get("/actuator/health").json();
        assertThat(anonymous.get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();
        assertThat(new Http(port, "admin", "admin-pass-1").get("/actuator/health").json().has("components")).isTrue();
    }

    @Test
    void theHomePageListsNobodysChecks() throws Exception {
        Http anonymous = new Http(port);
        String id = anonymous.upload("/api/v1/checks", "file", "rieng-tu.txt", SEED, "text/plain").json().get("id").asString();
        String home = anonymous.get("/").body();
        assertThat(home).doesNotContain(id).doesNotContain("rieng-tu.txt");
    }

    private Http.Response call(Http http, Rule rule, String path) throws Exception {
        int n = SERIAL.incrementAndGet();
        return switch (rule.body()) {
            case "" -> http.get(path);
            case "file" -> http.upload(path, "file", "base-nam.pdf", SEED, "application/pdf");
            case "letter" -> http.upload(path, "file", "cv.txt", LETTER, "text/plain");
            case "files" -> http.upload(path, "files", "base-nam.pdf", SEED, "application/pdf");
            case "unit" -> http.postJson(path, "{\"code\": \"U" + n + "\", \"name\": \"Đơn vị " + n + "\"}");
            case "user" -> http.postJson(path, "{\"username\": \"u" + n + "\", \"password\": \"password-" + n + "\", \"role\": \"REVIEWER\"}");
            case "period" -> http.postJson(path, "{\"title\": \"Đợt " + n + "\", \"profile\": \"generic\", \"deadline\": \"2099-01-01\","
                    + " \"units\": [\"SNV\"]}");
            case "unitChoice" -> http.postJson(path, "{\"unit\": \"SNV\"}");
            case "decision" -> http.postJson(path, "{\"decision\": \"ACCEPTED\", \"comment\": \"\"}");
            case "waiver" -> http.postJson(path, "{\"ruleId\": \"FMT_DATE\", \"excerpt\": \"x\", \"reason\": \"đúng\"}");
            case "roundForm" -> form(http, path, "title=%C4%90%E1%BB%A3t&profile=generic&deadline=2099-01-01&units=SNV");
            case "decisionForm" -> form(http, path, "decision=ACCEPTED&comment=");
            case "waiverForm" -> form(http, path, "ruleId=FMT_DATE&excerpt=x&reason=y");
            case "emptyForm" -> form(http, path, "");
            case "delete" -> http.delete(path);
            case "unitForm" -> form(http, path, "unit=SNV");
            case "userForm" -> form(http, path, "username=f" + n + "&password=password-" + n + "&role=REVIEWER");
            case "unitAdminForm" -> form(http, path, "code=F" + n + "&name=Don+vi&issuerNames=");
            default -> throw new IllegalArgumentException(rule.body());
        };
    }

    private static Http.Response form(Http http, String path, String body) throws Exception {
        return http.post(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] read(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
