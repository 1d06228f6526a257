package vn.soat.check;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.soat.config.SettingsSources;
import vn.soat.config.SoatSettings;
import vn.soat.extract.ExtractedDocument;
import vn.soat.extract.ExtractionException;
import vn.soat.extract.TextExtractor;
import vn.soat.extract.ocr.OcrEngine;
import vn.soat.finding.Finding;
import vn.soat.finding.Summary;
import vn.soat.finding.Verdict;
import vn.soat.ingest.DocumentFormat;
import vn.soat.ingest.FormatSniffer;
import vn.soat.ingest.Reason;
import vn.soat.ingest.Submission;
import vn.soat.ingest.UnsupportedContent;
import vn.soat.model.DocumentProblem;
import vn.soat.model.LegacyEncoding;
import vn.soat.model.Location;
import vn.soat.model.ReportModel;
import vn.soat.parse.DocumentParts;
import vn.soat.profile.CoverageMatcher;
import vn.soat.profile.Indicator;
import vn.soat.profile.IndicatorReader;
import vn.soat.profile.LetterOutline;
import vn.soat.profile.OutlineProfile;
import vn.soat.profile.PeriodReader;
import vn.soat.profile.ProfileCatalogue;
import vn.soat.profile.UnknownProfileException;
import vn.soat.request.LetterReader;
import vn.soat.request.ReportRequest;
import vn.soat.request.UnreadableLetterException;
import vn.soat.rules.RuleBase;
import vn.soat.rules.RuleSettings;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.signature.PdfSignatures;

/**
 * One check, step by step: ingest (sniff the format) → extract (lines with pages, NFC, legacy
 * encodings) → parse (report model) → rules (Drools) → verdict; a report's figures for the indicators of its
 * outline are read beside the rules (they judge nothing). A document that cannot be
 * processed gets only DOCUMENT findings; it is never mistaken for a non-compliant one.
 */
public final class CheckPipeline {

    private final RulesInUse loaded;
    private final OcrEngine ocr;

    private CheckPipeline(RulesInUse loaded, OcrEngine ocr) {
        this.loaded = loaded;
        this.ocr = ocr;
    }

    /** As {@link #load(RuleFiles, RuleSettings, OcrEngine)} with the rule and OCR settings of this process (no arguments). */
    public static CheckPipeline load(RuleFiles files) {
        SoatSettings settings = SettingsSources.resolve(List.of());
        return load(files, settings.rules(), OcrEngine.create(settings.ocr()));
    }

    /** As {@link #load(RuleFiles, RuleSettings, OcrEngine)} with every rule on at its own severity. */
    public static CheckPipeline load(RuleFiles files, OcrEngine ocr) {
        return load(files, RuleSettings.DEFAULTS, ocr);
    }

    /**
     * Starts loading the data files and the compiled rules, once, on its own thread while the first document is
     * read (or the web server starts); the pipeline is then reused for every check. A file that does not load
     * fails the first use, and {@link #rules()}, with its file and line.
     */
    public static CheckPipeline load(RuleFiles files, RuleSettings settings, OcrEngine ocr) {
        return new CheckPipeline(RulesInUse.start(files, settings), ocr);
    }

    /** The rules, profiles and data files, and their reloading when they change on disk. */
    public RulesInUse loaded() {
        return loaded;
    }

    /** Everything is loaded and usable (false while loading, or when a file failed to load). */
    public boolean rulesReady() {
        return loaded.ready();
    }

    /** The compiled rules, waiting for the loading if it is still running. */
    public RuleBase rules() {
        return loaded.await().rules();
    }

    /** Reads scanned pages; its status says whether Tesseract is there. */
    public OcrEngine ocr() {
        return ocr;
    }

    public ProfileCatalogue profiles() {
        return loaded.await().profiles();
    }

    /** Checks one submission on its own: the steps in order. A named profile that does not exist is refused. */
    public CheckResult check(Submission submission, Optional<String> requestedProfile) {
        return check(submission, requestedProfile, ReportRequest.NONE);
    }

    /**
     * Reads a request letter (PDF, DOCX, DOC or text, through the same extraction as a report) into what a
     * report must answer: its items, period, cut-off and deadline (docs/domain.md §7a).
     *
     * @throws UnreadableLetterException when the letter is not a document or has no text, with the reason in Vietnamese
     */
    public ReportRequest readLetter(Submission letter) {
        DocumentFormat format = letter.format();
        Extraction extraction = extract(format, letter.content(), ocr);
        ExtractedDocument document = extraction.document().orElseThrow(() -> new UnreadableLetterException(
                extraction.facts().stream().filter(DocumentProblem.class::isInstance).map(f -> ((DocumentProblem) f).detail())
                        .findFirst().orElse("không đọc được nội dung")));
        List<ExtractedDocument> parts = DocumentParts.split(document);
        return LetterReader.read(loaded.await().parser().parse(parts.isEmpty() ? document : parts.get(0)), document.lines());
    }

    /**
     * Checks one submission against what was asked of it: the request letter's items replace the detected
     * outline (a profile named here still wins), and its deadline and cut-off become facts.
     */
    public CheckResult check(Submission submission, Optional<String> requestedProfile, ReportRequest request) {
        long started = System.nanoTime();
        DocumentFormat format = submission.format();
        Extraction extraction = extract(format, submission.content(), ocr);
        RulesInUse.Loaded loaded = this.loaded.await(); // the rules loaded while the document was read
        Optional<OutlineProfile> named = requestedProfile.map(id -> loaded.profiles().byId(id).orElseThrow(
                () -> new UnknownProfileException(id, loaded.profiles().profiles().stream().map(OutlineProfile::id).toList())));
        List<ExtractedDocument> parts = extraction.document().map(DocumentParts::split).orElse(List.of());
        Analysis analysis = !parts.isEmpty()
                ? analyse(parts.get(0), named, request, loaded)
                : new Analysis(named.orElse(loaded.profiles().detect("")), CheckResult.DocumentKind.UNKNOWN, "",
                        List.of(), List.of(), List.of(), false);
        List<Object> facts = new ArrayList<>(extraction.facts());
        if (format == DocumentFormat.PDF) {
            facts.addAll(PdfSignatures.read(submission.content()));
        }
        facts.addAll(analysis.facts());
        List<Finding> findings = new ArrayList<>(loaded.rules().fire(facts, !analysis.processable()));
        // Each further document in the file (a Báo cáo after its Tờ trình) is judged as its own type.
        for (ExtractedDocument part : parts.subList(Math.min(1, parts.size()), parts.size())) {
            findings.addAll(loaded.rules().fire(analyse(part, Optional.empty(), ReportRequest.NONE, loaded).facts(), false));
        }
        findings.sort(RuleBase.FINDING_ORDER);
        List<Finding> sourced = extraction.document().map(document -> ScanFacts.sourced(findings, document,
                loaded.rules()::skippedOnOcr)).orElse(findings);
        Summary summary = Summary.of(sourced);
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        return new CheckResult("", submission.fileName(), submission.sha256(), format.name(), extraction.pages(),
                analysis.documentType(), analysis.issuer(), analysis.profile().id(),
                named.isEmpty() && !analysis.profile().id().equals(LetterOutline.ID) && analysis.processable(), Instant.now(), durationMs, loaded.version(),
                CheckResult.Request.of(request), Verdict.of(summary), summary, analysis.coverage(), analysis.indicators(), sourced);
    }

    /** The text when there is some; otherwise the DOCUMENT facts that say why not. */
    private record Extraction(Optional<ExtractedDocument> document, List<Object> facts, int pages) {
    }

    private static Extraction extract(DocumentFormat format, byte[] content, OcrEngine ocr) {
        if (FormatSniffer.isBlank(content)) {
            return new Extraction(Optional.empty(), List.of(problem(DocumentProblem.Kind.EMPTY, content.length == 0
                    ? new Reason("tệp rỗng (0 byte)", "the file is empty (0 bytes)")
                    : new Reason("tệp chỉ có khoảng trắng (" + content.length + " byte)",
                            "the file holds only blanks (" + content.length + " bytes)"))), 0);
        }
        if (format == DocumentFormat.UNKNOWN) {
            return new Extraction(Optional.empty(),
                    List.of(problem(DocumentProblem.Kind.UNREADABLE, UnsupportedContent.describe(content))), 0);
        }
        try {
            ExtractedDocument extracted = TextExtractor.extract(format, content, Optional.of(ocr));
            List<Object> facts = new ArrayList<>();
            extracted.legacy().ifPresent(legacy -> facts.add(new LegacyEncoding(legacy.encoding().name(),
                    legacy.evidence(), new Location(0, legacy.firstLine(), "", 0, 0), "")));
            if (!extracted.hasText()) {
                facts.add(problem(DocumentProblem.Kind.NO_TEXT, format == DocumentFormat.PDF
                        ? ScanFacts.noTextDetail(extracted.ocr()) : new Reason("tệp không có nội dung chữ", "the file holds no text")));
                return new Extraction(Optional.empty(), facts, extracted.pages());
            }
            ScanFacts.reading(extracted).ifPresent(facts::add);
            return new Extraction(Optional.of(extracted), facts, extracted.pages());
        } catch (ExtractionException e) {
            return new Extraction(Optional.empty(), List.of(problem(DocumentProblem.Kind.UNREADABLE, e.reason())), 0);
        }
    }

    /** The report model, the outline it follows and how well it covers it, and its periods: all as facts. */
    private record Analysis(OutlineProfile profile, CheckResult.DocumentKind documentType, String issuer, List<Object> facts,
            List<CoverageItem> coverage, List<Indicator> indicators, boolean processable) {
    }

    private static Analysis analyse(ExtractedDocument document, Optional<OutlineProfile> named, ReportRequest request,
            RulesInUse.Loaded loaded) {
        ReportModel model = loaded.parser().parse(document);
        OutlineProfile profile = named.or(() -> request.letter().filter(l -> !l.items().isEmpty())
                .map(l -> LetterOutline.of(l, loaded.profiles())))
                .orElseGet(() -> loaded.profiles().detect(model.title().summary()));
        CheckResult.DocumentKind kind = new CheckResult.DocumentKind(model.documentType().code(), model.documentType().name());
        String issuer = model.issuer().map(i -> i.name()).orElse("");
        List<Object> facts = new ArrayList<>(model.facts());
        facts.addAll(loaded.reference().facts(model));
        if (!model.documentType().report()) {
            // An outline and reporting periods belong to reports; a plan or a letter is not judged by them.
            return new Analysis(profile, kind, issuer, facts, List.of(), List.of(), true);
        }
        CoverageMatcher.Coverage covered = CoverageMatcher.match(profile, model);
        PeriodReader.Periods periods = PeriodReader.read(model.title(), covered.planHeading());
        facts.addAll(covered.items());
        periods.reported().ifPresent(facts::add);
        facts.addAll(periods.planned());
        facts.addAll(RequestFacts.of(model, request, periods.reported()));
        List<Indicator> indicators = IndicatorReader.read(profile, model.lines(), covered.planHeading(), covered.items());
        return new Analysis(profile, kind, issuer, facts, covered.items().stream().map(CoverageItem::of).toList(), indicators, true);
    }

    private static DocumentProblem problem(DocumentProblem.Kind kind, Reason detail) {
        return new DocumentProblem(kind, detail.vi(), detail.en(), Location.DOCUMENT, "");
    }
}
