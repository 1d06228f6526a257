package vn.soat.desk.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;
import vn.soat.render.Json;
import vn.soat.review.AnnotatedPdf;
import vn.soat.review.UnannotatableFileException;

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
        body.put("withdrawnWaivers", dossier.withdrawn());
        body.put("previous", dossier.previous().map(p -> p.id()).orElse(null));
        Reviewed reviewed = Reviewed.of(dossier, dossiers);
        body.put("waived", reviewed.findings().stream().filter(a -> a.waived())
                .map(a -> java.util.Map.of("finding", a.finding(), "waiver", a.waiver().orElseThrow())).toList());
        body.put("draftedComment", reviewed.draftedComment());
        body.put("comparison", reviewed.comparison().orElse(null));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.MAPPER.writeValueAsString(body));
    }

    @Operation(summary = "Tệp PDF gốc có đánh dấu từng phát hiện (trừ phát hiện đã đánh dấu sai) tại chỗ, kèm ghi chú",
            description = "415 khi tệp không phải PDF, 422 khi không mở được tệp PDF.")
    @GetMapping(path = "/{id}/annotated.pdf", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> annotated(@PathVariable("id") String id) {
        Dossier dossier = dossiers.of(id);
        Reviewed reviewed = Reviewed.of(dossier, dossiers);
        java.util.List<vn.soat.finding.Finding> shown = reviewed.findings().stream().filter(a -> !a.waived()).map(a -> a.finding()).toList();
        try {
            byte[] pdf = AnnotatedPdf.annotate(dossiers.original(id), shown);
            String name = dossier.submission().fileName().replaceFirst("(?i)\\.pdf$", "") + "-phat-hien.pdf";
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                    org.springframework.http.ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8)
                            .build().toString()).body(pdf);
        } catch (UnannotatableFileException e) {
            throw new org.springframework.web.server.ResponseStatusException(e.notPdf() ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
                    : HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        }
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

    @Operation(summary = "Thu hồi một miễn trừ của tệp: phát hiện lại được tính ở tệp này và các tệp sau; ghi người và thời điểm")
    @DeleteMapping("/{id}/waivers/{waiverId}")
    ResponseEntity<Void> withdraw(@PathVariable("id") String id, @PathVariable("waiverId") String waiverId, Principal who) {
        dossiers.withdraw(id, waiverId, who.getName());
        return ResponseEntity.noContent().build();
    }
}
