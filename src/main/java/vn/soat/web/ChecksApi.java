package vn.soat.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.server.ResponseStatusException;
import vn.soat.check.CheckResult;
import vn.soat.history.StoredCheck;
import vn.soat.ingest.Submission;
import vn.soat.profile.OutlineProfile;
import vn.soat.render.Json;
import vn.soat.request.ReportRequest;
import vn.soat.rules.CatalogueEntry;

/**
 * The REST API of docs/findings.md: results are returned exactly as stored, in the same JSON as
 * {@code soat check --format json}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "soát", description = "Kiểm tra thể thức báo cáo hành chính")
class ChecksApi {

    private final CheckService service;

    ChecksApi(CheckService service) {
        this.service = service;
    }

    @Operation(summary = "Kiểm tra một tệp (PDF, DOCX, DOC, TXT)", description = "Lưu kết quả và trả về kèm mã lượt kiểm tra."
            + " Phần tùy chọn \"request\": công văn yêu cầu báo cáo (đối chiếu nội dung, kỳ, số liệu, hạn gửi);"
            + " tham số tùy chọn \"deadline\": hạn gửi YYYY-MM-DD.")
    @ApiResponse(responseCode = "201", description = "Đã kiểm tra", content = @Content(schema = @Schema(implementation = CheckResult.class)))
    @ApiResponse(responseCode = "400", description = "Thiếu tệp, mẫu đề cương không tồn tại, công văn yêu cầu không đọc được hoặc hạn gửi sai dạng", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "Tệp quá lớn", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "415", description = "Không phải PDF, DOCX, DOC hay văn bản", content = @Content(mediaType = "application/problem+json"))
    @PostMapping(path = "/checks", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<String> check(@RequestPart("file") MultipartFile file,
            @RequestParam(name = "profile", required = false) String profile,
            @RequestPart(name = "request", required = false) MultipartFile letter,
            @RequestParam(name = "deadline", required = false) String deadline, MultipartRequest parts) throws IOException {
        if (parts.getFiles("file").size() > 1) {
            // the first alone would be checked and the others dropped without a word
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Mỗi lần gọi kiểm tra một tệp (trường \"file\"), ở đây có "
                    + parts.getFiles("file").size() + " tệp: hãy gửi từng tệp một, hoặc dùng trang / để kiểm tra nhiều tệp.");
        }
        ReportRequest request = service.request(letterOf(letter), Optional.ofNullable(deadline));
        StoredCheck stored = service.submit(file.getOriginalFilename(), file.getBytes(), Optional.ofNullable(profile), request);
        return ResponseEntity.created(URI.create("/api/v1/checks/" + stored.id()))
                .contentType(MediaType.APPLICATION_JSON).body(stored.resultJson());
    }

    /**
     * The optional request letter part as a submission; absent when not sent, or when a form sent its empty file
     * input (no file name, no bytes). A named but empty file is a letter that cannot be read, not a missing one.
     */
    static Optional<Submission> letterOf(MultipartFile letter) throws IOException {
        boolean unnamed = letter == null || letter.getOriginalFilename() == null || letter.getOriginalFilename().isBlank();
        if (letter == null || (letter.isEmpty() && unnamed)) {
            return Optional.empty();
        }
        String name = letter.getOriginalFilename() == null || letter.getOriginalFilename().isBlank() ? "công-văn-yêu-cầu"
                : letter.getOriginalFilename();
        return Optional.of(new Submission(name, letter.getBytes()));
    }

    @Operation(summary = "Lấy lại kết quả một lượt kiểm tra")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CheckResult.class)))
    @ApiResponse(responseCode = "404", description = "Không có lượt kiểm tra này", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/checks/{id}")
    ResponseEntity<String> find(@PathVariable("id") String id) {
        return service.find(id).map(stored -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(stored.resultJson()))
                .orElseThrow(() -> new CheckNotFoundException(id));
    }

    @Operation(summary = "Danh mục quy tắc")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CatalogueEntry.class)))
    @GetMapping("/rules")
    ResponseEntity<String> rules() throws IOException {
        List<CatalogueEntry> catalogue = service.pipeline().rules().catalogue();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.MAPPER.writeValueAsString(catalogue));
    }

    @Operation(summary = "Các mẫu đề cương và mục yêu cầu")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OutlineProfile.class)))
    @GetMapping("/profiles")
    ResponseEntity<String> profiles() throws IOException {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.MAPPER.writeValueAsString(service.profiles()));
    }
}
