package vn.soat.desk.decision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import vn.soat.check.CheckResult;
import vn.soat.desk.intake.ReceivedFile;
import vn.soat.desk.intake.ReceivedFiles;
import vn.soat.history.CheckHistory;
import vn.soat.review.Waiver;
import vn.soat.review.Waivers;

/** Assembles a {@link Dossier}, records decisions and waivers with who and when. */
@Service
public class Dossiers {

    private final ReceivedFiles files;
    private final CheckHistory history;
    private final Decisions decisions;

    public Dossiers(ReceivedFiles files, CheckHistory history, Decisions decisions) {
        this.files = files;
        this.history = history;
        this.decisions = decisions;
    }

    /** The file's dossier, or a 404 problem. */
    public Dossier of(String id) {
        ReceivedFile file = file(id);
        Optional<CheckResult> result = result(file);
        Optional<ReceivedFile> previous = file.unitCode().isEmpty() ? Optional.empty()
                : files.ofPeriod(file.periodId()).stream()
                        .filter(f -> f.unitCode().equals(file.unitCode()) && f.receivedAt().isBefore(file.receivedAt())
                                && f.checked())
                        .reduce((a, b) -> b);
        return new Dossier(file, result, decisions.of(id),
                decisions.applyingTo(file.periodId(), file.unitCode(), file.receivedAt(), id), previous, decisions.withdrawnOn(id));
    }

    public Optional<CheckResult> result(ReceivedFile file) {
        return file.checkId().isEmpty() ? Optional.empty() : history.find(file.checkId()).map(CheckHistory::result);
    }

    /** Records a decision; 400 problem for one that is not ACCEPTED or RETURNED, or a return without a comment. */
    public Decision decide(String id, String decision, String comment, String by) {
        file(id);
        if (!Decision.ACCEPTED.equals(decision) && !Decision.RETURNED.equals(decision)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Quyết định là ACCEPTED (chấp nhận) hoặc RETURNED (trả lại).");
        }
        if (Decision.RETURNED.equals(decision) && (comment == null || comment.isBlank())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Trả lại cần có lý do để gửi đơn vị.");
        }
        return decisions.decide(id, decision, comment == null ? "" : comment.strip(), by);
    }

    /**
     * Records a waiver; 400 problem without a rule id or a reason, or when it covers no finding of the file (a
     * waiver is a reviewer's judgment on a finding, so one that matches nothing would only hide future findings).
     */
    public StoredWaiver waive(String id, String ruleId, String excerpt, String reason, String by) {
        ReceivedFile file = file(id);
        if (ruleId == null || ruleId.isBlank() || reason == null || reason.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Cần mã quy tắc (ruleId) và lý do (reason).");
        }
        Waiver asked = new Waiver(ruleId.strip(), excerpt, reason.strip(), by, Instant.now());
        boolean covers = result(file).map(r -> Waivers.apply(r.findings(), List.of(asked)).stream().anyMatch(Waivers.Applied::waived))
                .orElse(false);
        if (!covers) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Không có phát hiện nào của tệp này mang mã \""
                    + ruleId.strip() + "\" với đoạn trích đã nêu: miễn trừ chỉ áp dụng cho một phát hiện có thật.");
        }
        return decisions.waive(id, ruleId.strip(), excerpt, reason.strip(), by);
    }

    /**
     * Withdraws a waiver given on this file, recording who and when; 404 problem when the file has no such waiver in
     * force (never given on it, or already withdrawn).
     */
    public void withdraw(String id, String waiverId, String by) {
        file(id);
        if (!decisions.withdraw(id, waiverId, by)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Tệp này không có miễn trừ \"" + waiverId + "\" đang áp dụng.");
        }
    }

    /** The file's original bytes (404 problem when there is no such file). */
    public byte[] original(String id) {
        file(id);
        return files.original(id).orElseThrow();
    }

    public List<Decision> trail(String id) {
        return decisions.of(id);
    }

    private ReceivedFile file(String id) {
        return files.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không có hồ sơ nào mang mã \"" + id + "\"."));
    }
}
