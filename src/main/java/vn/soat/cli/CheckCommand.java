package vn.soat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.soat.check.CheckPipeline;
import vn.soat.check.CheckResult;
import vn.soat.ingest.Submission;
import vn.soat.render.Json;
import vn.soat.request.ReportRequest;
import vn.soat.request.UnreadableLetterException;
import vn.soat.render.TextReport;

/** {@code soat check}: exit 0 without ERROR findings, 1 with some, 2 when the command itself cannot run. */
@Command(name = "check", description = "Kiểm tra một hoặc nhiều tệp (PDF, DOCX, DOC, TXT).")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    SoatCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "P", description = "Mẫu đề cương (mặc định: tự nhận biết từ trích yếu).")
    String profile;

    @Option(names = "--format", defaultValue = "text", description = "Định dạng kết quả: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Ghi kết quả vào tệp thay vì màn hình.")
    Path out;

    @Option(names = "--request", paramLabel = "LETTER",
            description = "Công văn yêu cầu báo cáo (PDF, DOCX, DOC, TXT): đối chiếu các nội dung, kỳ, thời gian số liệu và hạn gửi.")
    Path request;

    @Option(names = "--deadline", paramLabel = "YYYY-MM-DD", converter = DeadlineConverter.class,
            description = "Hạn gửi báo cáo (ngày cuối cùng còn đúng hạn), khi không có công văn hoặc để thay hạn trong công văn.")
    LocalDate deadline;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Tệp cần kiểm tra.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UsageError("không tìm thấy tệp " + file);
            }
        }
        if (request != null && !Files.isRegularFile(request)) {
            throw new UsageError("không tìm thấy công văn yêu cầu " + request);
        }
        CheckPipeline pipeline = parent.pipeline();
        ReportRequest asked = asked(pipeline);
        List<CheckResult> results = new ArrayList<>();
        for (Path file : files) {
            Submission submission = new Submission(file.toString(), Files.readAllBytes(file));
            results.add(pipeline.check(submission, Optional.ofNullable(profile), asked));
        }
        String rendered = render(results);
        if (out != null) {
            Files.writeString(out, rendered);
        } else {
            PrintWriter writer = spec.commandLine().getOut();
            writer.print(rendered);
            writer.flush();
        }
        return results.stream().anyMatch(CheckResult::hasErrors) ? 1 : 0;
    }

    /** The letter's terms and the deadline given here; a letter that cannot be read stops the command. */
    private ReportRequest asked(CheckPipeline pipeline) throws IOException {
        ReportRequest asked = ReportRequest.NONE;
        if (request != null) {
            try {
                asked = pipeline.readLetter(new Submission(request.toString(), Files.readAllBytes(request)));
            } catch (UnreadableLetterException e) {
                throw new UsageError("không đọc được công văn yêu cầu " + request + ": " + e.getMessage());
            }
        }
        return deadline == null ? asked : asked.withDeadline(deadline);
    }

    /** {@code 2026-06-18}; anything else is a usage error naming the expected form. */
    static final class DeadlineConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("hạn gửi phải có dạng YYYY-MM-DD (ví dụ 2026-06-18), không phải '" + value + "'");
            }
        }
    }

    private String render(List<CheckResult> results) throws IOException {
        if (format == Format.json) {
            Object value = results.size() == 1 ? results.get(0) : results;
            return Json.MAPPER.writeValueAsString(value) + "\n";
        }
        StringBuilder text = new StringBuilder();
        for (CheckResult result : results) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(TextReport.render(result));
        }
        return text.toString();
    }
}
