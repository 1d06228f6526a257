package vn.soat.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.soat.check.CheckPipeline;
import vn.soat.check.CheckResult;
import vn.soat.history.CheckHistory;
import vn.soat.history.StoredCheck;
import vn.soat.ingest.DocumentFormat;
import vn.soat.ingest.Submission;
import vn.soat.ingest.UnsupportedContent;
import vn.soat.profile.OutlineProfile;
import vn.soat.request.ReportRequest;
import vn.soat.request.UnreadableLetterException;

/** Accepts a submission, checks it and stores the result: what both the API and the page do. */
@Service
public class CheckService {

    private final CheckPipeline pipeline;
    private final CheckHistory history;

    public CheckService(CheckPipeline pipeline, CheckHistory history) {
        this.pipeline = pipeline;
        this.history = history;
    }

    /**
     * Checks and stores one file. Content that is not PDF, DOCX, DOC or text at all is refused
     * ({@link UnsupportedContentException}); a broken file of a supported kind is checked, stored,
     * and carries its DOC_* finding.
     */
    public StoredCheck submit(String fileName, byte[] content, Optional<String> profile) {
        return submit(fileName, content, profile, ReportRequest.NONE);
    }

    /** As {@link #submit(String, byte[], Optional)}, checked against a request letter and/or a deadline. */
    public StoredCheck submit(String fileName, byte[] content, Optional<String> profile, ReportRequest request) {
        Submission submission = new Submission(Submission.uploadedNameOrUntitled(fileName), content);
        if (content.length > 0 && submission.format() == DocumentFormat.UNKNOWN) {
            throw new UnsupportedContentException(submission.fileName(), UnsupportedContent.describe(content));
        }
        CheckResult result = pipeline.check(submission, profile.filter(p -> !p.isBlank()), request);
        return history.save(result, content.length);
    }

    /**
     * What a report is checked against: the request letter's terms (its bytes, read like a report) and a
     * deadline ({@code 2026-06-18}, the last day in time), both optional.
     *
     * @throws UnreadableLetterException when the letter cannot be read
     * @throws java.time.format.DateTimeParseException when the deadline is not YYYY-MM-DD
     */
    public ReportRequest request(Optional<Submission> letter, Optional<String> deadline) {
        ReportRequest request = letter.map(pipeline::readLetter).orElse(ReportRequest.NONE);
        Optional<LocalDate> day = deadline.filter(d -> !d.isBlank()).map(d -> LocalDate.parse(d.strip()));
        return day.map(request::withDeadline).orElse(request);
    }

    public Optional<StoredCheck> find(String id) {
        return history.find(id);
    }

    public List<OutlineProfile> profiles() {
        return pipeline.profiles().profiles();
    }

    public CheckPipeline pipeline() {
        return pipeline;
    }
}
