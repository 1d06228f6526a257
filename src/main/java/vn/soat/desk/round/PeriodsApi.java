package vn.soat.desk.round;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reporting rounds: {@code /api/v1/periods} (contract "The reviewer's desk"). */
@RestController
@RequestMapping(path = "/api/v1/periods", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "bàn tiếp nhận")
class PeriodsApi {

    private final Rounds rounds;

    PeriodsApi(Rounds rounds) {
        this.rounds = rounds;
    }

    /** The body of POST /api/v1/periods; {@code deadline} is an ISO date (2026-01-15). */
    record NewPeriod(String title, String profile, LocalDate deadline, String requestLetter, List<String> units) {
    }

    @Operation(summary = "Mở một đợt báo cáo")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Period> open(@RequestBody NewPeriod request, Principal who) {
        Period period = rounds.open(request.title(), request.profile(), request.deadline(), request.requestLetter(),
                request.units(), who.getName());
        return ResponseEntity.created(URI.create("/api/v1/periods/" + period.id())).body(period);
    }

    @Operation(summary = "Các đợt báo cáo, mới nhất trước")
    @GetMapping
    List<Period> all() {
        return rounds.periods().all();
    }

    @Operation(summary = "Một đợt báo cáo")
    @GetMapping("/{id}")
    Period one(@PathVariable("id") String id) {
        return rounds.find(id);
    }
}
