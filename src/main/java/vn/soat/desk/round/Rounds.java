package vn.soat.desk.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import vn.soat.check.CheckPipeline;
import vn.soat.desk.people.Unit;
import vn.soat.desk.people.Units;
import vn.soat.profile.OutlineProfile;

/** Opening a round with checked input, and finding one: a 404 problem when there is none. */
@Service
public class Rounds {

    private final Periods periods;
    private final Units units;
    private final CheckPipeline pipeline;

    public Rounds(Periods periods, Units units, CheckPipeline pipeline) {
        this.periods = periods;
        this.units = units;
        this.pipeline = pipeline;
    }

    /**
     * Opens a round. 400 problem when the title or deadline is missing, the profile is not one of
     * the outlines, or a unit code is not in the registry.
     */
    public Period open(String title, String profile, LocalDate deadline, String requestLetter, List<String> unitCodes, String by) {
        if (title == null || title.isBlank()) {
            throw bad("Đợt báo cáo cần có tên.");
        }
        if (deadline == null) {
            throw bad("Đợt báo cáo cần có hạn nộp (ngày, dạng 2026-01-15).");
        }
        if (profile == null || pipeline.profiles().profiles().stream().map(OutlineProfile::id).noneMatch(profile::equals)) {
            throw bad("Không có mẫu đề cương \"" + profile + "\"; xem GET /api/v1/profiles.");
        }
        List<String> codes = unitCodes == null ? List.of() : unitCodes.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (codes.isEmpty()) {
            throw bad("Hãy chọn ít nhất một đơn vị phải báo cáo.");
        }
        Set<String> known = units.all().stream().map(Unit::code).collect(Collectors.toSet());
        List<String> unknown = codes.stream().filter(c -> !known.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw bad("Không có trong danh mục đơn vị: " + String.join(", ", unknown) + ".");
        }
        return periods.create(title.strip(), profile, deadline, requestLetter, codes, by);
    }

    public Period find(String id) {
        return periods.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không có đợt báo cáo nào mang mã \"" + id + "\"."));
    }

    public Periods periods() {
        return periods;
    }

    /** The round's units from one read of the registry, in the round's order. */
    public List<Unit> expectedUnits(Period period) {
        Set<String> expected = Set.copyOf(period.units());
        return units.all().stream().filter(u -> expected.contains(u.code())).toList();
    }

    public Units units() {
        return units;
    }

    public List<OutlineProfile> profiles() {
        return pipeline.profiles().profiles();
    }

    private static ResponseStatusException bad(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
