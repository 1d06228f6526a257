package vn.soat.check;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.soat.extract.ExtractedDocument;
import vn.soat.extract.ExtractionException;
import vn.soat.extract.TextExtractor;
import vn.soat.finding.Finding;
import vn.soat.finding.Summary;
import vn.soat.finding.Verdict;
import vn.soat.ingest.DocumentFormat;
import vn.soat.ingest.FormatSniffer;
import vn.soat.ingest.Submission;
import vn.soat.model.DocumentProblem;
import vn.soat.model.LegacyEncoding;
import vn.soat.model.Location;
import vn.soat.model.ReportModel;
import vn.soat.parse.IssuerCatalogue;
import vn.soat.parse.ReportParser;
import vn.soat.profile.CoverageMatcher;
import vn.soat.profile.OutlineProfile;
import vn.soat.profile.PeriodReader;
import vn.soat.profile.ProfileCatalogue;
import vn.soat.profile.UnknownProfileException;
import vn.soat.rules.RuleBase;
import vn.soat.rules.RuleFiles;

/**
 * One check, step by step: ingest (sniff the format) → extract (lines with pages, NFC, legacy
 * encodings) → parse (report model) → rules (Drools) → verdict. A document that cannot be
 * processed gets only DOCUMENT findings; it is never mistaken for a non-compliant one.
 */
public final class CheckPipeline {

    private final CompletableFuture<RuleBase> rules;
    private final ReportParser parser;
    private final ProfileCatalogue profiles;
    private final Clock clock;

    private CheckPipeline(CompletableFuture<RuleBase> rules, ReportParser parser, ProfileCatalogue profiles, Clock clock) {
        this.rules = rules;
        this.parser = parser;
        this.profiles = profiles;
        this.clock = clock;
    }

    /**
     * Reads the data files and starts compiling the rules once; the pipeline is then reused for
     * every check. Compiling takes about a second, so it runs on its own thread while the first
     * document is read and parsed; a rule that does not compile still fails the first use (and
     * {@link #rules()}) with its file and line.
     */
    public static CheckPipeline load(RuleFiles files) {
        ReportParser parser = new ReportParser(IssuerCatalogue.load(files));
        ProfileCatalogue profiles = ProfileCatalogue.load(files);
        CompletableFuture<RuleBase> rules = new CompletableFuture<>();
        Thread compiler = new Thread(() -> {
            try {
                rules.complete(RuleBase.load(files));
            } catch (RuntimeException | Error e) {
                rules.completeExceptionally(e);
            }
        }, "soat-rule-compiler");
        compiler.setDaemon(true);
        compiler.start();
        return new CheckPipeline(rules, parser, profiles, Clock.systemUTC());
    }

    /** The rules are compiled and usable (false while compiling, or when they failed to compile). */
    public boolean rulesReady() {
        return rules.isDone() && !rules.isCompletedExceptionally();
    }

    /** The compiled rules, waiting for the compilation if it is still running. */
    public RuleBase rules() {
        try {
            return rules.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    public ProfileCatalogue profiles() {
        return profiles;
    }

    /** Checks one submission; a named profile that does not exist is refused before any work. */
    public CheckResult check(Submission submission, Optional<String> requestedProfile) {
        long started = System.nanoTime();
        Optional<OutlineProfile> named = requestedProfile.map(id -> profiles.byId(id).orElseThrow(
                () -> new UnknownProfileException(id, profiles.profiles().stream().map(OutlineProfile::id).toList())));
        OutlineProfile profile = named.orElse(profiles.detect(""));
        List<CoverageItem> coverage = List.of();
        DocumentFormat format = FormatSniffer.sniff(submission.content());
        List<Object> facts = new ArrayList<>();
        int pages = 0;
        boolean processable = false;
        if (format == DocumentFormat.UNKNOWN) {
            facts.add(problem(DocumentProblem.Kind.UNREADABLE, UnsupportedContent.describe(submission.content())));
        } else {
            try {
                ExtractedDocument extracted = TextExtractor.extract(format, submission.content());
                pages = extracted.pages();
                extracted.legacy().ifPresent(legacy -> facts.add(new LegacyEncoding(legacy.encoding().name(),
                        legacy.evidence(), new Location(0, legacy.firstLine(), "", 0, 0), "")));
                if (extracted.hasText()) {
                    ReportModel model = parser.parse(extracted);
                    facts.addAll(model.facts());
                    profile = named.orElseGet(() -> profiles.detect(model.title().summary()));
                    CoverageMatcher.Coverage covered = CoverageMatcher.match(profile, model);
                    facts.addAll(covered.items());
                    PeriodReader.Periods periods = PeriodReader.read(model.title(), covered.planHeading());
                    periods.reported().ifPresent(facts::add);
                    facts.addAll(periods.planned());
                    coverage = covered.items().stream().map(CoverageItem::of).toList();
                    processable = true;
                } else {
                    facts.add(problem(DocumentProblem.Kind.NO_TEXT, format == DocumentFormat.PDF
                            ? "tệp PDF không có lớp chữ (có thể là bản quét)" : "tệp không có nội dung chữ"));
                }
            } catch (ExtractionException e) {
                facts.add(problem(DocumentProblem.Kind.UNREADABLE, e.getMessage()));
            }
        }
        List<Finding> findings = rules().fire(facts, !processable);
        Summary summary = Summary.of(findings);
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        return new CheckResult("", submission.fileName(), submission.sha256(), format.name(), pages, profile.id(),
                named.isEmpty() && processable, clock.instant(), durationMs, Verdict.of(summary), summary, coverage,
                findings);
    }

    private static DocumentProblem problem(DocumentProblem.Kind kind, String detail) {
        return new DocumentProblem(kind, detail, Location.DOCUMENT, "");
    }
}
