package vn.soat.desk.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.soat.render.Json;

/** A received file's dossier, decisions and waivers (contract "The reviewer's desk"). */
@RestController
@RequestMapping(path = "/api/v1/submissions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "bàn tiếp nhận")
class DecisionsApi {

    private final Dossiers dossiers;

    DecisionsApi(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Operation(summary = "Hồ sơ một tệp: kết quả kiểm tra, quyết định, miễn trừ")
    @GetMapping("/{id}")
    ResponseEntity<String> dossier(@PathVariable("id") String id) throws IOException {
        Dossier dossier = dossiers.of(id);
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("submission", dossier.submission());
        body.put("result", dossier.result().orElse(null));
        body.put("decisions", dossier.decisions());
        body.put("waivers", dossier.waivers());
        body.put("previous", dossier.previous().map(p -> p.id()).orElse(null));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.MAPPER.writeValueAsString(body));
    }

    record DecisionRequest(String decision, String comment) {
    }

    @Operation(summary = "Chấp nhận hoặc trả lại, kèm ý kiến; ghi người và thời điểm")
    @PostMapping(path = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Decision> decide(@PathVariable("id") String id, @RequestBody DecisionRequest request, Principal who) {
        Decision made = dossiers.decide(id, request.decision(), request.comment(), who.getName());
        return ResponseEntity.created(URI.create("/api/v1/submissions/" + id)).body(made);
    }

    record WaiverRequest(String ruleId, String excerpt, String reason) {
    }

    @Operation(summary = "Đánh dấu một phát hiện là sai, kèm lý do; áp dụng cho tệp sau của đơn vị trong đợt")
    @PostMapping(path = "/{id}/waivers", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StoredWaiver> waive(@PathVariable("id") String id, @RequestBody WaiverRequest request, Principal who) {
        StoredWaiver waiver = dossiers.waive(id, request.ruleId(), request.excerpt(), request.reason(), who.getName());
        return ResponseEntity.created(URI.create("/api/v1/submissions/" + id)).body(waiver);
    }
}
