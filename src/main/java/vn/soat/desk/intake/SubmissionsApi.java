package vn.soat.desk.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.soat.desk.round.Period;
import vn.soat.desk.round.Rounds;
import vn.soat.ingest.DocumentFormat;
import vn.soat.ingest.FormatSniffer;

/** Files received for a round: intake, listing, the original bytes, the reviewer's choice of unit. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "bàn tiếp nhận")
class SubmissionsApi {

    private final Rounds rounds;
    private final Intake intake;
    private final ReceivedFiles files;

    SubmissionsApi(Rounds rounds, Intake intake, ReceivedFiles files) {
        this.rounds = rounds;
        this.intake = intake;
        this.files = files;
    }

    @Operation(summary = "Nhận một hay nhiều tệp cho đợt báo cáo",
            description = "Lưu nguyên bản từng tệp rồi kiểm tra dần (trạng thái WAITING → CHECKED). Đơn vị nhận biết theo "
                    + "cơ quan ban hành ở phần đầu văn bản, hoặc nêu trong trường unit.")
    @PostMapping(path = "/periods/{id}/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<List<ReceivedFile>> receive(@PathVariable("id") String id, @RequestPart("file") List<MultipartFile> uploads,
            @RequestParam(name = "unit", required = false) String unit, Principal who) throws IOException {
        Period period = rounds.find(id);
        List<Intake.Upload> batch = new ArrayList<>();
        for (MultipartFile upload : uploads) {
            String name = upload.getOriginalFilename() == null ? "" : upload.getOriginalFilename();
            batch.add(new Intake.Upload(name, upload.getBytes()));
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/periods/" + id + "/submissions"))
                .body(intake.receive(period, batch, unit, who.getName()));
    }

    @Operation(summary = "Các tệp đã nhận của đợt báo cáo, theo thứ tự nhận")
    @GetMapping("/periods/{id}/submissions")
    List<ReceivedFile> ofPeriod(@PathVariable("id") String id) {
        return files.ofPeriod(rounds.find(id).id());
    }

    @Operation(summary = "Tệp gốc, nguyên vẹn từng byte")
    @GetMapping(path = "/submissions/{id}/file", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> original(@PathVariable("id") String id) {
        ReceivedFile file = find(files, id);
        byte[] bytes = files.original(id).orElseThrow();
        return ResponseEntity.ok().contentType(mediaType(bytes))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    record UnitChoice(String unit) {
    }

    @Operation(summary = "Chọn đơn vị cho một tệp (khi soát không chắc)")
    @PostMapping(path = "/submissions/{id}/unit", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReceivedFile assign(@PathVariable("id") String id, @RequestBody UnitChoice choice) {
        ReceivedFile file = find(files, id);
        if (choice.unit() == null || !rounds.find(file.periodId()).units().contains(choice.unit())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Đơn vị \"" + choice.unit() + "\" không có trong đợt báo cáo này.");
        }
        files.assign(id, choice.unit());
        return find(files, id);
    }

    /** The file, or a 404 problem. */
    static ReceivedFile find(ReceivedFiles files, String id) {
        return files.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không có hồ sơ nào mang mã \"" + id + "\"."));
    }

    static MediaType mediaType(byte[] bytes) {
        DocumentFormat format = FormatSniffer.sniff(bytes);
        return switch (format) {
            case PDF -> MediaType.APPLICATION_PDF;
            case DOCX -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            case DOC -> MediaType.parseMediaType("application/msword");
            case TXT -> new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
            default -> MediaType.APPLICATION_OCTET_STREAM;
        };
    }
}
