package vn.soat.desk.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.soat.check.CheckPipeline;
import vn.soat.desk.people.Unit;
import vn.soat.desk.people.Units;
import vn.soat.ingest.Submission;
import vn.soat.profile.OutlineProfile;
import vn.soat.request.ReportRequest;
import vn.soat.request.UnreadableLetterException;

/** Opening a round with checked input, and finding one: a 404 problem when there is none. */
@Service
public class Rounds {

    /** The length of {@code periods.title} (Flyway V2). */
    private static final int TITLE_LENGTH = 500;

    private final Periods periods;
    private final Units units;
    private final CheckPipeline pipeline;
    private final ReadLetters letters;

    public Rounds(Periods periods, Units units, CheckPipeline pipeline) {
        this.periods = periods;
        this.units = units;
        this.pipeline = pipeline;
        this.letters = new ReadLetters(pipeline);
    }

    /**
     * Opens a round. 400 problem when the title or deadline is missing, the profile is not one of
     * the outlines, or a unit code is not in the registry.
     */
    public Period open(String title, String profile, LocalDate deadline, String requestLetter, List<String> unitCodes, String by) {
        if (title == null || title.isBlank()) {
            throw bad("Đợt báo cáo cần có tên.");
        }
        if (title.strip().length() > TITLE_LENGTH) {
            throw bad("Tên đợt báo cáo dài tối đa " + TITLE_LENGTH + " ký tự.");
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

    /**
     * Opens a round as {@link #open} does, with its uploaded request letter (empty bytes: none), read first: an
     * unreadable letter is a 400 problem and nothing is stored.
     */
    @Transactional
    public Period open(String title, String profile, LocalDate deadline, String requestLetter, List<String> unitCodes, String by,
            Submission letter) {
        if (letter.content().length > 0) {
            readLetter(letter);
        }
        Period period = open(title, profile, deadline, requestLetter, unitCodes, by);
        if (letter.content().length == 0) {
            return period;
        }
        periods.storeLetter(period.id(), letter.fileName(), letter.content());
        return find(period.id());
    }

    /**
     * Reads and keeps a round's uploaded request letter (PDF, DOCX, DOC or TXT), replacing any earlier one.
     * 400 problem, nothing stored, when the file is empty or cannot be read as a letter.
     */
    @Transactional
    public LetterRead attachLetter(Period period, Submission letter) {
        if (letter.content().length == 0) {
            throw bad("Chưa có tệp văn bản yêu cầu. Hãy gửi tệp trong trường multipart \"file\".");
        }
        ReportRequest request = readLetter(letter);
        periods.storeLetter(period.id(), letter.fileName(), letter.content());
        return LetterRead.of(letter.fileName(), request);
    }

    /** What soát reads from the round's uploaded letter, if it has one (its bytes from the database, read once per content). */
    public Optional<LetterRead> letter(Period period) {
        return periods.letter(period.id()).map(l -> LetterRead.of(l.fileName(), letters.read(l)));
    }

    /**
     * What every file of the round is checked against: its uploaded request letter (read from the database, so a
     * job run after a restart sees it) and the round's deadline, which wins over the letter's (RPT_LATE, the board).
     */
    public ReportRequest request(Period period) {
        ReportRequest request = periods.letter(period.id()).map(letters::read).orElse(ReportRequest.NONE);
        return request.withDeadline(period.deadline());
    }

    /**
     * The outline a file of the round is checked against: none named when the round's letter lists items (they
     * replace the outline, so a missing item is named in the letter's words), else the round's profile.
     */
    public Optional<String> profile(Period period, ReportRequest request) {
        return request.letter().filter(l -> !l.items().isEmpty()).isPresent() ? Optional.empty() : Optional.of(period.profile());
    }

    private ReportRequest readLetter(Submission letter) {
        try {
            return pipeline.readLetter(letter);
        } catch (UnreadableLetterException e) {
            throw bad("Không đọc được văn bản yêu cầu \"" + letter.fileName() + "\": " + e.getMessage()
                    + ". Hãy gửi tệp PDF, DOCX, DOC hoặc TXT có chữ.");
        }
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
