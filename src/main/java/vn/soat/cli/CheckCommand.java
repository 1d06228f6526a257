package vn.soat.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import vn.soat.finding.Severity;
import vn.soat.finding.Summary;
import vn.soat.profile.OutlineProfile;
import vn.soat.profile.UnknownProfileException;
import vn.soat.ingest.Submission;
import vn.soat.render.SarifReport;
import vn.soat.render.Unread;
import vn.soat.request.ReportRequest;
import vn.soat.request.UnreadableLetterException;

/**
 * {@code soat check}: exit 0 when no finding reaches {@code --fail-on} (ERROR by default), 1 when one does,
 * 2 when the command itself cannot run.
 */
@Command(name = "check", description = "Kiểm tra tệp (PDF, DOCX, DOC, TXT) hoặc mọi tệp như vậy trong thư mục.")
final class CheckCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    HelpOption help;

    enum Format { text, json, html, sarif }

    @ParentCommand
    SoatCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "P", description = "Mẫu đề cương (mặc định: tự nhận biết từ trích yếu).")
    String profile;

    @Option(names = "--format", paramLabel = "DẠNG", defaultValue = "text",
            description = "Định dạng kết quả: ${COMPLETION-CANDIDATES} (mặc định: text).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Ghi kết quả vào tệp thay vì màn hình.")
    Path out;

    @Option(names = "--fail-on", paramLabel = "MỨC", defaultValue = "ERROR", completionCandidates = FailOnLevels.class,
            description = "Mức phát hiện làm lệnh trả mã 1: ERROR (mặc định) hoặc WARNING.")
    Severity failOn;

    @Option(names = "--rules-url", paramLabel = "URL", defaultValue = SarifReport.DEFAULT_RULES_URL,
            description = "SARIF: trang giải thích quy tắc (helpUri = URL#MÃ_QUY_TẮC), mặc định ${DEFAULT-VALUE}.")
    String rulesUrl;

    @Option(names = "--request", paramLabel = "LETTER",
            description = "Công văn yêu cầu báo cáo (PDF, DOCX, DOC, TXT): đối chiếu các nội dung, kỳ, thời gian số liệu và hạn gửi.")
    Path request;

    @Option(names = "--deadline", paramLabel = "YYYY-MM-DD", converter = DeadlineConverter.class,
            description = "Hạn gửi báo cáo (ngày cuối cùng còn đúng hạn), khi không có công văn hoặc để thay hạn trong công văn.")
    LocalDate deadline;

    @Option(names = "--jobs", paramLabel = "N", description = "Số tệp kiểm tra cùng lúc (mặc định: số lõi CPU).")
    Integer jobs;

    @Parameters(arity = "1..*", paramLabel = "TỆP|THƯ_MỤC", description = "Tệp hoặc thư mục cần kiểm tra; - đọc một tệp từ đầu vào chuẩn.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        if (failOn == Severity.INFO) {
            throw new UsageError("--fail-on nhận ERROR hoặc WARNING");
        }
        if (jobs != null && jobs < 1) {
            throw new UsageError("--jobs phải từ 1 trở lên");
        }
        if (!absolute(rulesUrl)) {
            throw new UsageError("--rules-url phải là địa chỉ đầy đủ, ví dụ https://soat.example.gov.vn/rules");
        }
        if (out != null && out.toString().isEmpty() || request != null && request.toString().isEmpty()) {
            throw new UsageError((out != null && out.toString().isEmpty() ? "--out" : "--request") + " cần tên một tệp");
        }
        int[] failing = {0, 0};
        List<Path> inputs = Inputs.expand(files, Optional.ofNullable(out), problem -> {
            spec.commandLine().getErr().println("soát: không đọc được " + problem);
            failing[1]++;
        });
        refuseOverwritingAnInput(inputs);
        if (request != null && !Files.isRegularFile(request)) {
            throw new UsageError(Files.isDirectory(request) ? "--request " + request + " là một thư mục; cần tệp công văn"
                    : "không tìm thấy công văn yêu cầu " + request);
        }
        CheckPipeline pipeline = parent.pipeline();
        ReportRequest asked = asked(pipeline);
        if (profile != null && pipeline.profiles().byId(profile).isEmpty()) {
            throw new UnknownProfileException(profile, pipeline.profiles().profiles().stream().map(OutlineProfile::id).toList());
        }
        boolean array = files.size() > 1 || inputs.size() > 1 || files.stream().anyMatch(Files::isDirectory);
        try {
            write(pipeline, asked, inputs, array, failing);
        } catch (IOException | java.io.UncheckedIOException e) {
            if (out == null) {
                // A reader that stopped early (| head): checking the rest would be for nobody.
                throw new UsageError("đầu ra đã đóng (đường ống bị ngắt), dừng kiểm tra");
            }
            throw new UsageError("không ghi được kết quả vào " + out + ": " + WriteFailure.reason(e));
        }
        if (failing[1] > 0) {
            // The results of the files that were read are complete; the run as a whole is not.
            return Cli.USAGE;
        }
        return failing[0] > 0 ? 1 : 0;
    }

    /** {@code failing}: files with a finding at or above {@code --fail-on}, files that could not be read. */
    private void write(CheckPipeline pipeline, ReportRequest asked, List<Path> inputs, boolean array, int[] failing)
            throws IOException {
        try (ResultFile results = out != null ? ResultFile.open(out) : null;
                Writer writer = results != null ? results.writer() : new NonClosing(spec.commandLine().getOut())) {
            Output output = Output.of(format, writer, array, format == Format.sarif ? pipeline.rules() : null, rulesUrl,
                    pipeline.profiles().profiles());
            Progress progress = Progress.of(spec.commandLine().getErr(), inputs.size(), parent.stderrIsTerminal);
            new Batch(pipeline, Optional.ofNullable(profile), asked, jobs == null ? Runtime.getRuntime().availableProcessors() : jobs,
                    parent.settings().maxUploadSize().toBytes(), parent.standardInput)
                    .run(inputs, result -> {
                        output.add(result);
                        progress.step();
                        failing[0] += fails(result.summary()) ? 1 : 0;
                    }, (file, problem) -> {
                        progress.clear();
                        spec.commandLine().getErr().println("soát: không đọc được tệp " + file + ": " + problem);
                        output.unreadable(new Unread(file.toString(), problem));
                        progress.step();
                        failing[1]++;
                    });
            progress.finish();
            output.finish();
            if (results != null) {
                results.commit();
            }
        }
    }

    /** {@code --out} naming one of the files to check would empty it before it is read. */
    private void refuseOverwritingAnInput(List<Path> inputs) throws IOException {
        if (out == null) {
            return;
        }
        if (Files.isDirectory(out)) {
            throw new UsageError("--out " + out + " là một thư mục; hãy ghi tên tệp kết quả, ví dụ --out " + out.resolve("ket-qua.json"));
        }
        if (!Files.exists(out)) {
            return;
        }
        for (Path input : inputs) {
            if (!Inputs.isStandardInput(input) && Files.isSameFile(input, out)) {
                throw new UsageError("--out " + out + " là một trong các tệp cần kiểm tra; ghi kết quả vào tệp khác để không xóa mất nó");
            }
        }
        if (request != null && Files.exists(request) && Files.isSameFile(request, out)) {
            throw new UsageError("--out " + out + " là công văn yêu cầu; ghi kết quả vào tệp khác để không xóa mất nó");
        }
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
    /** The levels {@code --fail-on} takes (INFO never fails a check). */
    static final class FailOnLevels implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of(Severity.ERROR.name(), Severity.WARNING.name()).iterator();
        }
    }

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

    /** "http://[bad" made java.net.URI throw, which ended the run as an unexpected error. */
    private static boolean absolute(String url) {
        try {
            return java.net.URI.create(url.replace(" ", "%20")).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean fails(Summary summary) {
        return summary.errors() > 0 || failOn == Severity.WARNING && summary.warnings() > 0;
    }

    /**
     * The command line's own stdout writer, flushed but left open for whoever owns it. A {@link java.io.PrintWriter}
     * keeps its write errors to itself; here a closed pipe becomes the IOException it is.
     */
    private static final class NonClosing extends java.io.FilterWriter {

        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void flush() throws IOException {
            super.flush();
            if (out instanceof java.io.PrintWriter print && print.checkError()) {
                throw new IOException("stdout closed");
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
