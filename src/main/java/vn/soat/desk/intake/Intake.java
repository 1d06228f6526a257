package vn.soat.desk.intake;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.soat.desk.round.Period;
import vn.soat.ingest.Submission;

/**
 * Receiving a round's files: each file's bytes and row are stored and its check is scheduled as a
 * db-scheduler job in the same transaction, so a stored file always has its job and a restart (or
 * another instance) picks up whatever is still waiting.
 */
@Service
public class Intake {

    private final ReceivedFiles files;
    private final SchedulerClient jobs;

    Intake(ReceivedFiles files, SchedulerClient jobs) {
        this.files = files;
        this.jobs = jobs;
    }

    /** A file as uploaded: its name (display only) and bytes. */
    public record Upload(String fileName, byte[] bytes) {
    }

    /**
     * Stores the files for the round and schedules their checks. {@code unitCode} (may be empty) names
     * the unit for all of them; it must be one the round expects (else a 400 problem). No file at all is
     * a 400 problem too.
     */
    @Transactional
    public List<ReceivedFile> receive(Period period, List<Upload> uploads, String unitCode, String by) {
        String unit = unitCode == null ? "" : unitCode.strip();
        if (!unit.isEmpty() && !period.units().contains(unit)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Đơn vị \"" + unit + "\" không có trong đợt báo cáo này.");
        }
        List<Upload> real = uploads.stream().filter(u -> u.bytes().length > 0 || !u.fileName().isBlank()).toList();
        if (real.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Chưa có tệp nào. Hãy gửi một hay nhiều tệp trong trường multipart \"file\".");
        }
        List<ReceivedFile> received = new ArrayList<>();
        Instant now = Instant.now();
        for (Upload upload : real) {
            String id = UUID.randomUUID().toString();
            String name = upload.fileName().isBlank() ? "tệp-không-tên" : upload.fileName();
            files.insert(id, period.id(), unit, name, new Submission(name, upload.bytes()).sha256(), upload.bytes(), by, now);
            jobs.scheduleIfNotExists(CheckJobs.CHECK.instance(id).scheduledTo(now));
            received.add(files.find(id).orElseThrow());
        }
        return received;
    }
}
