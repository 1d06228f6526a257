package vn.soat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.soat.check.CheckPipeline;
import vn.soat.check.CheckResult;
import vn.soat.ingest.Submission;
import vn.soat.rulesdir.RuleFiles;

/**
 * Benchmark, not a test: is the cost of a check linear in pages? Lays out a correct report (a clean fixture whose
 * body is repeated with its sections renumbered) as a 4-page and a 100-page PDF with PDFBox, then prints the warm
 * median CPU time of a check of each and their ratio next to the goal (issue 13: a 100-page report ≤ 25× a 4-page one).
 * Usage: PageLinearity FONT.ttf OUT_DIR
 */
public final class PageLinearity {

    private static final Path BASE = Path.of("fixtures/clean/base-ubnd-xa-doi-ngoai-nam-2024.txt");
    private static final int LINES_PER_PAGE = 40;
    private static final int CHARS_PER_LINE = 85;
    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("^[IVX]+\\. (.*)");

    private PageLinearity() {
    }

    public static void main(String[] args) throws Exception {
        Path font = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        CheckPipeline pipeline = CheckPipeline.load(RuleFiles.in(Path.of("rules")));
        byte[] small = pdf(font, out.resolve("report-4-pages.pdf"), 4);
        byte[] large = pdf(font, out.resolve("report-100-pages.pdf"), 100);
        for (int i = 0; i < 10; i++) {
            check(pipeline, small);
            check(pipeline, large);
        }
        double smallMs = median(pipeline, small, 41);
        double largeMs = median(pipeline, large, 11);
        CheckResult result = check(pipeline, large);
        System.out.printf("page-linearity-4-pages-cpu-ms %.1f -%n", smallMs);
        System.out.printf("page-linearity-100-pages-cpu-ms %.1f -%n", largeMs);
        System.out.printf("page-linearity-ratio %.1f ≤25%n", largeMs / smallMs);
        System.err.printf("(100-page report: %d pages, %d findings, %s)%n", result.pages(), result.findings().size(),
                result.verdict());
    }

    private static CheckResult check(CheckPipeline pipeline, byte[] pdf) {
        return pipeline.check(new Submission("report.pdf", pdf), Optional.empty());
    }

    /**
     * The median CPU time of this thread for one check, in ms: a check of a PDF with a text layer runs on the calling
     * thread alone, and CPU time does not grow when other processes share the cores, as wall time does.
     */
    private static double median(CheckPipeline pipeline, byte[] pdf, int runs) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = threads.getCurrentThreadCpuTime();
            check(pipeline, pdf);
            times[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    /** The base report with its body repeated until it fills {@code pages} pages; written to {@code file}. */
    static byte[] pdf(Path font, Path file, int pages) throws IOException {
        List<String> base = Files.readAllLines(BASE);
        int bodyStart = indexOf(base, "I. ");
        int bodyEnd = indexOf(base, "Trên đây là");
        List<List<String>> sections = new ArrayList<>();
        for (String line : base.subList(bodyStart, bodyEnd)) {
            if (HEADING.matcher(line).matches()) {
                sections.add(new ArrayList<>());
            }
            sections.get(sections.size() - 1).add(line);
        }
        List<String> closing = base.subList(bodyEnd, base.size());
        List<String> lines = new ArrayList<>(base.subList(0, bodyStart));
        for (int section = 0; section == 0 || layout(lines).size() + layout(closing).size() < pages * LINES_PER_PAGE - 10; section++) {
            List<String> chunk = sections.get(section % sections.size());
            java.util.regex.Matcher heading = HEADING.matcher(chunk.get(0));
            heading.matches();
            lines.add(vn.soat.text.Roman.of(section + 1) + ". " + heading.group(1));
            lines.addAll(chunk.subList(1, chunk.size()));
        }
        lines.addAll(closing);
        List<String> laid = layout(lines);
        try (PDDocument document = new PDDocument()) {
            PDType0Font type = PDType0Font.load(document, font.toFile());
            for (int first = 0; first < laid.size(); first += LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(type, 11);
                    text.setLeading(18);
                    text.newLineAtOffset(70, 790);
                    for (String line : laid.subList(first, Math.min(laid.size(), first + LINES_PER_PAGE))) {
                        text.showText(line);
                        text.newLine();
                    }
                    text.endText();
                }
            }
            document.save(file.toFile());
        }
        try (PDDocument written = Loader.loadPDF(file.toFile())) {
            if (Math.abs(written.getNumberOfPages() - pages) > 1) {
                throw new IllegalStateException(file + " has " + written.getNumberOfPages() + " pages, not " + pages);
            }
        }
        return Files.readAllBytes(file);
    }

    /** Lines wrapped at word boundaries to the page width. */
    private static List<String> layout(List<String> lines) {
        List<String> laid = new ArrayList<>();
        for (String line : lines) {
            String rest = line;
            while (rest.length() > CHARS_PER_LINE) {
                int cut = rest.lastIndexOf(' ', CHARS_PER_LINE);
                cut = cut <= 0 ? CHARS_PER_LINE : cut;
                laid.add(rest.substring(0, cut));
                rest = rest.substring(cut).stripLeading();
            }
            laid.add(rest);
        }
        return laid;
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new IllegalStateException("no line starting with " + start + " in " + BASE);
    }
}
