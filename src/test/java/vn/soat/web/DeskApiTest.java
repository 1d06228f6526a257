package vn.soat.web;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.soat.render.Json;

/** The desk's API from outside: units, a round, a batch of files checked as jobs and matched to units. */
@SpringBootTest(classes = SoatWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:desk;DB_CLOSE_DELAY=-1", "soat.admin.password=admin-pass-1", "soat.desk.poll-millis=100"})
class DeskApiTest {

    @LocalServerPort
    int port;

    private Http admin;

    @BeforeEach
    void client() {
        admin = new Http(port, "admin", "admin-pass-1");
    }

    static String periodWithUnits(Http admin) throws Exception {
        admin.postJson("/api/v1/units", """
                {"code": "NGASON", "name": "Huyện Nga Sơn", "issuerNames": ["Huyện ủy Nga Sơn", "UBND huyện Nga Sơn"]}""");
        admin.postJson("/api/v1/units", """
                {"code": "SNV", "name": "Sở Nội vụ", "issuerNames": ["Sở Nội vụ"]}""");
        admin.postJson("/api/v1/units", """
                {"code": "LUNGNIEM", "name": "Xã Lũng Niêm", "issuerNames": ["Ủy ban nhân dân xã Lũng Niêm"]}""");
        Http.Response created = admin.postJson("/api/v1/periods", """
                {"title": "Báo cáo công tác đối ngoại năm 2025", "profile": "doi-ngoai-nam", "deadline": "2099-12-15",
                 "requestLetter": "Công văn số 123/SNV-ĐN ngày 01/11/2025", "units": ["NGASON", "SNV", "LUNGNIEM"]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    static JsonNode awaitChecked(Http http, String period, int count) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(until)) {
            JsonNode list = http.get("/api/v1/periods/" + period + "/submissions").json();
            long done = 0;
            for (JsonNode s : list) {
                done += "WAITING".equals(s.get("status").asString()) ? 0 : 1;
            }
            if (list.size() == count && done == count) {
                return list;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the checks did not finish");
    }

    @Test
    void filesOfARoundAreStoredCheckedAsJobsAndMatchedToTheirUnitByIssuer() throws Exception {
        String period = periodWithUnits(admin);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("nga-son.txt", Files.readAllBytes(Path.of("fixtures/documents/dang-huyen-uy-bao-cao-2023.txt")));
        files.put("snv.txt", Files.readAllBytes(Path.of("fixtures/documents/cv-bao-cao-so-nv-2025.txt")));
        files.put("lung-niem.txt", Files.readAllBytes(Path.of("fixtures/clean/ubnd-xa-6-thang-so-a-rap-2024.txt")));
        files.put("la.txt", Files.readAllBytes(Path.of("fixtures/documents/ct-ubnd-tinh-2023.txt")));
        Http.Response accepted = admin.uploadAll("/api/v1/periods/" + period + "/submissions", "file", files);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("received")).hasSize(4);
        assertThat(accepted.json().get("refused")).isEmpty();

        JsonNode list = awaitChecked(admin, period, 4);
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        list.forEach(s -> byName.put(s.get("fileName").asString(), s));
        assertThat(byName.get("nga-son.txt").get("unitCode").asString()).isEqualTo("NGASON");
        assertThat(byName.get("nga-son.txt").get("unitMatch").asString()).isEqualTo("ISSUER");
        assertThat(byName.get("nga-son.txt").get("verdict").asString()).isEqualTo("PASSED");
        assertThat(byName.get("snv.txt").get("unitCode").asString()).isEqualTo("SNV");
        // "UBND XÃ LŨNG NIÊM" in the header, "Ủy ban nhân dân xã Lũng Niêm" in the registry
        assertThat(byName.get("lung-niem.txt").get("unitCode").asString()).isEqualTo("LUNGNIEM");
        assertThat(byName.get("la.txt").get("unitCode").asString()).isEmpty();
        assertThat(byName.get("la.txt").get("unitMatch").asString()).isEqualTo("UNSURE");

        String id = byName.get("nga-son.txt").get("id").asString();
        assertThat(admin.bytes("/api/v1/submissions/" + id + "/file")).isEqualTo(files.get("nga-son.txt"));
    }

    @Test
    void theUnitGivenAtIntakeIsKeptAndAnUnknownOneIsRefused() throws Exception {
        String period = periodWithUnits(admin);
        byte[] seed = Files.readAllBytes(Path.of("fixtures/seeds/002_nga-son-doi-ngoai-2019.txt"));
        Http.Response given = admin.upload("/api/v1/periods/" + period + "/submissions", "file", "a.txt", seed, "text/plain",
                "unit", "LUNGNIEM");
        assertThat(given.json().get("received").get(0).get("unitMatch").asString()).isEqualTo("GIVEN");
        Http.Response unknown = admin.upload("/api/v1/periods/" + period + "/submissions", "file", "a.txt", seed, "text/plain",
                "unit", "KHONGCO");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        JsonNode list = awaitChecked(admin, period, 1);
        assertThat(list.get(0).get("unitCode").asString()).isEqualTo("LUNGNIEM");
    }

    @Test
    void aRoundWithAnUnknownProfileOrUnitIsA400Problem() throws Exception {
        periodWithUnits(admin);
        Http.Response profile = admin.postJson("/api/v1/periods", """
                {"title": "x", "profile": "khong-co", "deadline": "2026-01-01", "units": ["SNV"]}""");
        assertThat(profile.status()).isEqualTo(400);
        assertThat(profile.json().get("detail").asString()).contains("khong-co");
        Http.Response unit = admin.postJson("/api/v1/periods", """
                {"title": "x", "profile": "generic", "deadline": "2026-01-01", "units": ["KHONGCO"]}""");
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.json().get("detail").asString()).contains("KHONGCO");
        assertThat(admin.get("/api/v1/periods/khong-co").status()).isEqualTo(404);
    }

    @Test
    void theBoardHasOneRowPerExpectedUnitAndDecisionsAndWaiversAreRecordedWithWhoAndWhen() throws Exception {
        String period = periodWithUnits(admin);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("snv.txt", Files.readAllBytes(Path.of("fixtures/documents/cv-bao-cao-so-nv-2025.txt")));
        files.put("lung-niem.txt", Files.readAllBytes(Path.of("fixtures/clean/ubnd-xa-6-thang-so-a-rap-2024.txt")));
        admin.uploadAll("/api/v1/periods/" + period + "/submissions", "file", files);
        JsonNode list = awaitChecked(admin, period, 2);
        String snv = list.get(0).get("unitCode").asString().equals("SNV") ? list.get(0).get("id").asString() : list.get(1).get("id").asString();

        Http.Response returned = admin.postJson("/api/v1/submissions/" + snv + "/decision",
                "{\"decision\": \"RETURNED\", \"comment\": \"Sai thể thức: thiếu nơi nhận.\"}");
        assertThat(returned.status()).as(returned.body()).isEqualTo(201);
        assertThat(returned.json().get("decidedBy").asString()).isEqualTo("admin");
        assertThat(admin.postJson("/api/v1/submissions/" + snv + "/decision", "{\"decision\": \"MAYBE\"}").status()).isEqualTo(400);
        assertThat(admin.postJson("/api/v1/submissions/" + snv + "/waivers",
                "{\"ruleId\": \"NOPE\", \"excerpt\": \"x\", \"reason\": \"y\"}").status())
                .as("a waiver that covers no finding of the file").isEqualTo(400);
        JsonNode waived = admin.get("/api/v1/submissions/" + snv).json().get("result").get("findings").get(0);
        Http.Response waiver = admin.postJson("/api/v1/submissions/" + snv + "/waivers", Json.MAPPER.writeValueAsString(Map.of(
                "ruleId", waived.get("ruleId").asString(), "excerpt", waived.get("excerpt").asString(), "reason", "đúng mẫu của Sở")));
        assertThat(waiver.status()).as(waiver.body()).isEqualTo(201);

        JsonNode dossier = admin.get("/api/v1/submissions/" + snv).json();
        assertThat(dossier.get("decisions").get(0).get("decision").asString()).isEqualTo("RETURNED");
        assertThat(dossier.get("decisions").get(0).has("decidedAt")).isTrue();
        assertThat(dossier.get("waivers").get(0).get("ruleId").asString()).isEqualTo(waived.get("ruleId").asString());
        assertThat(dossier.get("result").get("issuer").asString()).isEqualTo("SỞ NỘI VỤ");
        // Withdrawn, the waiver no longer applies; its row stays in the audit trail; it cannot be withdrawn twice.
        String waiverId = waiver.json().get("id").asString();
        assertThat(new Http(port).delete("/api/v1/submissions/" + snv + "/waivers/" + waiverId).status()).isEqualTo(401);
        assertThat(admin.delete("/api/v1/submissions/" + snv + "/waivers/" + waiverId).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/submissions/" + snv).json().get("waivers")).isEmpty();
        JsonNode withdrawn = admin.get("/api/v1/submissions/" + snv).json().get("withdrawnWaivers");
        assertThat(withdrawn).hasSize(1);
        assertThat(withdrawn.get(0).get("waiver").get("id").asString()).isEqualTo(waiverId);
        assertThat(withdrawn.get(0).get("withdrawnBy").asString()).isEqualTo("admin");
        assertThat(withdrawn.get(0).has("withdrawnAt")).isTrue();
        assertThat(admin.get("/desk/submissions/" + snv).body()).contains("Các đánh dấu sai đã thu hồi").contains("thu hồi: admin");
        assertThat(admin.delete("/api/v1/submissions/" + snv + "/waivers/" + waiverId).status()).isEqualTo(404);
        assertThat(admin.delete("/api/v1/submissions/khong-co/waivers/" + waiverId).status()).isEqualTo(404);
        String again = admin.postJson("/api/v1/submissions/" + snv + "/waivers", Json.MAPPER.writeValueAsString(Map.of(
                "ruleId", waived.get("ruleId").asString(), "excerpt", waived.get("excerpt").asString(), "reason", "đúng mẫu của Sở")))
                .json().get("id").asString();
        // The file's page offers to withdraw it ("Thu hồi"), and its form does.
        String withdraw = "/desk/submissions/" + snv + "/waivers/" + again + "/withdraw";
        assertThat(admin.get("/desk/submissions/" + snv).body()).contains("action=\"" + withdraw + "\"").contains("Thu hồi");
        assertThat(admin.post(withdraw, "application/x-www-form-urlencoded", new byte[0]).status()).isEqualTo(302);
        assertThat(admin.get("/api/v1/submissions/" + snv).json().get("waivers")).isEmpty();
        assertThat(admin.postJson("/api/v1/submissions/" + snv + "/waivers", Json.MAPPER.writeValueAsString(Map.of(
                "ruleId", waived.get("ruleId").asString(), "excerpt", waived.get("excerpt").asString(), "reason", "đúng mẫu của Sở")))
                .status()).isEqualTo(201);

        JsonNode board = admin.get("/api/v1/periods/" + period + "/board").json();
        assertThat(board).hasSize(3);
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        board.forEach(r -> rows.put(r.get("unitCode").asString(), r));
        assertThat(rows.get("NGASON").get("state").asString()).isEqualTo("MISSING");
        assertThat(rows.get("SNV").get("decision").asString()).isEqualTo("RETURNED");
        assertThat(rows.get("SNV").get("late").asBoolean()).isFalse();
        assertThat(rows.get("LUNGNIEM").get("state").asString()).isEqualTo("CHECKED");
        assertThat(admin.get("/api/v1/periods/" + period + "/board?filter=missing").json()).hasSize(1);
        assertThat(admin.get("/api/v1/periods/" + period + "/board?sort=nonsense").status()).isEqualTo(400);

        JsonNode totals = admin.get("/api/v1/periods/" + period + "/totals").json();
        java.util.Set<String> indicators = new java.util.HashSet<>();
        for (JsonNode s : list) {
            JsonNode found = admin.get("/api/v1/submissions/" + s.get("id").asString()).json().get("result").get("indicators");
            if (found != null) {
                found.forEach(i -> indicators.add(i.get("id").asString()));
            }
        }
        java.util.Set<String> totalled = new java.util.HashSet<>();
        totals.forEach(t -> totalled.add(t.get("id").asString()));
        assertThat(indicators).isNotEmpty();
        assertThat(totalled).isEqualTo(indicators);

        Http.Response csv = admin.get("/api/v1/periods/" + period + "/board.csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("Mã đơn vị,Đơn vị").contains("NGASON,Huyện Nga Sơn,Chưa gửi");
        byte[] xlsx = admin.bytes("/api/v1/periods/" + period + "/board.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(5);
        }
    }

    @Test
    void aWaiverAppliesToTheUnitsNextFileWhichIsComparedWithTheFirstAndTheCommentIsDrafted() throws Exception {
        String period = periodWithUnits(admin);
        byte[] snv = Files.readAllBytes(Path.of("fixtures/documents/cv-bao-cao-so-nv-2025.txt"));
        admin.upload("/api/v1/periods/" + period + "/submissions", "file", "lan-1.txt", snv, "text/plain");
        String first = awaitChecked(admin, period, 1).get(0).get("id").asString();
        JsonNode firstDossier = admin.get("/api/v1/submissions/" + first).json();
        assertThat(firstDossier.get("draftedComment").asString()).contains("chưa đạt yêu cầu").containsPattern("\\n1\\. [^:]+: ");
        JsonNode finding = firstDossier.get("result").get("findings").get(0);
        admin.postJson("/api/v1/submissions/" + first + "/waivers", Json.MAPPER.writeValueAsString(Map.of("ruleId",
                finding.get("ruleId").asString(), "excerpt", finding.get("excerpt").asString(), "reason", "Sở cho phép cách ghi này")));

        byte[] changed = (new String(snv, java.nio.charset.StandardCharsets.UTF_8) + "\nNội dung bổ sung.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        admin.upload("/api/v1/periods/" + period + "/submissions", "file", "lan-2.txt", changed, "text/plain");
        JsonNode both = awaitChecked(admin, period, 2);
        String second = both.get(1).get("id").asString();
        JsonNode dossier = admin.get("/api/v1/submissions/" + second).json();
        assertThat(dossier.get("previous").asString()).isEqualTo(first);
        assertThat(dossier.get("waived")).hasSize(1);
        assertThat(dossier.get("waived").get(0).get("waiver").get("reason").asString()).isEqualTo("Sở cho phép cách ghi này");
        assertThat(dossier.get("comparison").get("remaining").size()).isPositive();
        assertThat(dossier.get("comparison").get("fixed")).isEmpty();

        JsonNode board = admin.get("/api/v1/periods/" + period + "/board?filter=undecided").json();
        assertThat(board).hasSize(1);
        assertThat(board.get(0).get("files").asInt()).isEqualTo(2);
        assertThat(board.get(0).get("waived").asInt()).isEqualTo(1);
        assertThat(board.get(0).get("errors").asInt() + board.get(0).get("warnings").asInt())
                .isEqualTo(both.get(1).get("errors").asInt() + both.get(1).get("warnings").asInt() - 1);
        Http.Response notPdf = admin.get("/api/v1/submissions/" + second + "/annotated.pdf");
        assertThat(notPdf.status()).isEqualTo(415);
        assertThat(notPdf.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theAnnotatedPdfBeginsWithTheOriginalBytesUnchanged() throws Exception {
        String period = periodWithUnits(admin);
        byte[] pdf = Files.readAllBytes(Path.of("fixtures/formats/base-nam.pdf"));
        admin.upload("/api/v1/periods/" + period + "/submissions", "file", "base-nam.pdf", pdf, "application/pdf", "unit", "SNV");
        String id = awaitChecked(admin, period, 1).get(0).get("id").asString();
        byte[] annotated = admin.bytes("/api/v1/submissions/" + id + "/annotated.pdf");
        assertThat(annotated.length).isGreaterThan(pdf.length);
        assertThat(java.util.Arrays.copyOf(annotated, pdf.length)).isEqualTo(pdf);
    }

    @Test
    void aFileIsCheckedAgainstTheRoundsDeadlineAndTheBoardSaysItCameLate() throws Exception {
        periodWithUnits(admin);
        String period = admin.postJson("/api/v1/periods", """
                {"title": "Đợt đã hết hạn", "profile": "generic", "deadline": "2020-01-15", "units": ["SNV"]}""")
                .json().get("id").asString();
        admin.upload("/api/v1/periods/" + period + "/submissions", "file", "snv.txt",
                Files.readAllBytes(Path.of("fixtures/documents/cv-bao-cao-so-nv-2025.txt")), "text/plain");
        String id = awaitChecked(admin, period, 1).get(0).get("id").asString();
        assertThat(admin.get("/api/v1/submissions/" + id).json().get("result").findValuesAsString("ruleId")).contains("RPT_LATE");
        assertThat(admin.get("/api/v1/periods/" + period + "/board").json().get(0).get("late").asBoolean()).isTrue();
    }
}
