package vn.soat.desk.board;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.soat.desk.round.Period;

/** The board of a round as JSON, CSV and XLSX; {@code filter} and {@code sort} as on the page. */
@RestController
@RequestMapping("/api/v1/periods/{id}")
@Tag(name = "bàn tiếp nhận")
class BoardApi {

    private final Board board;

    BoardApi(Board board) {
        this.board = board;
    }

    @Operation(summary = "Bảng theo dõi: mỗi đơn vị một dòng",
            description = "filter: all | missing | late | undecided | accepted | returned; sort: unit | received | verdict | errors | decision")
    @GetMapping(path = "/board", produces = MediaType.APPLICATION_JSON_VALUE)
    List<BoardRow> json(@PathVariable("id") String id, @RequestParam(name = "filter", required = false) String filter,
            @RequestParam(name = "sort", required = false) String sort) {
        return board.rows(board.period(id), filter, sort);
    }

    @Operation(summary = "Tổng hợp số liệu: các chỉ tiêu của tệp mới nhất mỗi đơn vị cộng lại",
            description = "Số liệu không rõ ràng không được cộng mà đếm riêng, kèm tên tệp.")
    @GetMapping(path = "/totals", produces = MediaType.APPLICATION_JSON_VALUE)
    List<vn.soat.review.IndicatorTotals.Total> totals(@PathVariable("id") String id) {
        return board.totals(board.period(id));
    }

    @Operation(summary = "Bảng theo dõi dạng CSV (UTF-8)")
    @GetMapping(path = "/board.csv")
    ResponseEntity<byte[]> csv(@PathVariable("id") String id, @RequestParam(name = "filter", required = false) String filter,
            @RequestParam(name = "sort", required = false) String sort) {
        Period period = board.period(id);
        return file(BoardExport.csv(board.rows(period, filter, sort)), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "bang-theo-doi.csv");
    }

    @Operation(summary = "Bảng theo dõi dạng Excel (XLSX)")
    @GetMapping(path = "/board.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable("id") String id, @RequestParam(name = "filter", required = false) String filter,
            @RequestParam(name = "sort", required = false) String sort) throws IOException {
        Period period = board.period(id);
        return file(BoardExport.xlsx(period.title(), board.rows(period, filter, sort)),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "bang-theo-doi.xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}
