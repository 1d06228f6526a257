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
import vn.soat.ingest.DocumentFormat;
import vn.soat.ingest.FormatSniffer;
import vn.soat.ingest.Submission;

/**
 * Receiving a round's files: each file's bytes and row are stored and its check is scheduled as a
 * db-scheduler job in the same transaction, so a stored file always has its job and a restart (or
 * another instance) picks up whatever is still waiting.
 */
@Service
public class Intake {

    private static final String REFUSED = "không phải PDF, DOCX, DOC hay TXT (soát xét theo nội dung tệp, không theo tên)";

    private final ReceivedFiles files;
    private final SchedulerClient jobs;

    Intake(ReceivedFiles files, SchedulerClient jobs) {
        this.files = files;
        this.jobs = jobs;
    }

    /** A file as uploaded: its name (display only) and bytes. */
    public record Upload(String fileName, byte[] bytes) {
    }

    /** A file not taken: its name and why, in Vietnamese. */
    public record Refused(String fileName, String reason) {
    }

    /** The answer to a batch: the files stored (each with its check scheduled) and the ones refused. */
    public record Received(List<ReceivedFile> received, List<Refused> refused) {
    }

    /**
     * Stores the files for the round and schedules their checks. {@code unitCode} (may be empty) names
     * the unit for all of them; it must be one the round expects (else a 400 problem). No file at all is
     * a 400 problem too. A file that is not PDF, DOCX, DOC or TXT by its content ({@link FormatSniffer}) is
     * refused and listed; when every file is refused the answer is a 415 problem naming them, nothing stored.
     */
    @Transactional
    public Received receive(Period period, List<Upload> uploads, String unitCode, String by) {
        String unit = unitCode == null ? "" : unitCode.strip();
        if (!unit.isEmpty() && !period.units().contains(unit)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Đơn vị \"" + unit + "\" không có trong đợt báo cáo này.");
        }
        List<Upload> real = uploads.stream().filter(u -> u.bytes().length > 0 || !u.fileName().isBlank()).toList();
        if (real.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Chưa có tệp nào. Hãy gửi một hay nhiều tệp trong trường multipart \"file\".");
        }
        List<Refused> refused = new ArrayList<>();
        List<Upload> taken = new ArrayList<>();
        for (Upload upload : real) {
            if (FormatSniffer.sniff(upload.fileName(), upload.bytes()) == DocumentFormat.UNKNOWN) {
                refused.add(new Refused(name(upload), REFUSED));
            } else {
                taken.add(upload);
            }
        }
        if (taken.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Không nhận tệp nào: "
                    + String.join(", ", refused.stream().map(Refused::fileName).toList()) + " " + REFUSED + ".");
        }
        List<ReceivedFile> received = new ArrayList<>();
        Instant now = Instant.now();
        for (Upload upload : taken) {
            String id = UUID.randomUUID().toString();
            String name = name(upload);
            files.insert(id, period.id(), unit, name, new Submission(name, upload.bytes()).sha256(), upload.bytes(), by, now);
            jobs.scheduleIfNotExists(CheckJobs.CHECK.instance(id).scheduledTo(now));
            received.add(files.find(id).orElseThrow());
        }
        return new Received(received, refused);
    }

    private static String name(Upload upload) {
        return Submission.uploadedNameOrUntitled(upload.fileName());
    }
}
