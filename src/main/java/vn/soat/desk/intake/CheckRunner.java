package vn.soat.desk.intake;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.soat.check.CheckPipeline;
import vn.soat.check.CheckResult;
import vn.soat.desk.round.Period;
import vn.soat.desk.round.Rounds;
import vn.soat.history.CheckHistory;
import vn.soat.history.StoredCheck;
import vn.soat.ingest.Submission;
import vn.soat.request.ReportRequest;

/**
 * The body of a check job: checks a stored file with its round's outline profile and deadline, keeps the result
 * in the check history, and recognises the unit from the header's issuer when none was given.
 */
@Component
class CheckRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CheckRunner.class);
    private final ReceivedFiles files;
    private final Rounds rounds;
    private final CheckPipeline pipeline;
    private final CheckHistory history;

    CheckRunner(ReceivedFiles files, Rounds rounds, CheckPipeline pipeline, CheckHistory history) {
        this.files = files;
        this.rounds = rounds;
        this.pipeline = pipeline;
        this.history = history;
    }

    /** Runs once per file; a file already checked (a job run twice after a crash) is left as it is. */
    void check(String id) {
        Optional<ReceivedFile> found = files.find(id);
        if (found.isEmpty() || !ReceivedFile.WAITING.equals(found.get().status())) {
            return;
        }
        ReceivedFile file = found.get();
        try {
            byte[] bytes = files.original(id).orElseThrow();
            Period period = rounds.find(file.periodId());
            // the round's deadline as the request's: a report dated after it gets RPT_LATE (docs/domain.md §7a)
            CheckResult result = pipeline.check(new Submission(file.fileName(), bytes), Optional.of(period.profile()),
                    ReportRequest.NONE.withDeadline(period.deadline()));
            StoredCheck stored = history.save(result, bytes.length);
            String unit = file.unitCode();
            String match = file.unitMatch();
            if (unit.isEmpty()) {
                Optional<String> recognised = rounds.units().matchIssuer(result.issuer(), rounds.expectedUnits(period));
                unit = recognised.orElse("");
                match = recognised.isPresent() ? "ISSUER" : "UNSURE";
            }
            files.checked(id, stored.id(), result, unit, match);
        } catch (RuntimeException e) {
            LOG.error("Check of received file {} ({}) failed", id, file.fileName(), e);
            files.failed(id);
        }
    }
}
