package vn.soat.desk.board;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import vn.soat.desk.decision.Decision;
import vn.soat.desk.decision.Decisions;
import vn.soat.desk.decision.Dossiers;
import vn.soat.desk.decision.Reviewed;
import vn.soat.finding.Severity;
import vn.soat.review.IndicatorTotals;
import vn.soat.desk.intake.ReceivedFile;
import vn.soat.desk.intake.ReceivedFiles;
import vn.soat.desk.people.Unit;
import vn.soat.desk.round.Period;
import vn.soat.desk.round.Rounds;

/**
 * A round's board: one row per expected unit with its latest file, built from three queries (files,
 * latest decisions, units) whatever the number of units.
 */
@Service
public class Board {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final Rounds rounds;
    private final ReceivedFiles files;
    private final Decisions decisions;
    private final Dossiers dossiers;

    public Board(Rounds rounds, ReceivedFiles files, Decisions decisions, Dossiers dossiers) {
        this.rounds = rounds;
        this.files = files;
        this.decisions = decisions;
        this.dossiers = dossiers;
    }

    /** The filters of the board: all, missing (sent nothing), late, undecided, accepted, returned. */
    public static final List<String> FILTERS = List.of("all", "missing", "late", "undecided", "accepted", "returned");
    /** The sort keys: unit, received, verdict, errors, decision. */
    public static final List<String> SORTS = List.of("unit", "received", "verdict", "errors", "decision");

    /** The rows, filtered and sorted; an unknown filter or sort key is a 400 problem. */
    public List<BoardRow> rows(Period period, String filter, String sort) {
        String f = filter == null || filter.isBlank() ? "all" : filter;
        String s = sort == null || sort.isBlank() ? "unit" : sort;
        if (!FILTERS.contains(f) || !SORTS.contains(s)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Bộ lọc là một trong " + FILTERS + ", sắp xếp theo một trong "
                    + SORTS + ".");
        }
        return rows(period).stream().filter(filter(f)).sorted(order(s)).toList();
    }

    /** Every expected unit's row, in the order of unit codes. */
    public List<BoardRow> rows(Period period) {
        List<ReceivedFile> received = files.ofPeriod(period.id());
        Map<String, List<ReceivedFile>> byUnit = received.stream().filter(r -> !r.unitCode().isEmpty())
                .collect(Collectors.groupingBy(ReceivedFile::unitCode));
        Map<String, Decision> latest = decisions.latestInPeriod(period.id());
        Map<String, Unit> units = rounds.units().all().stream().collect(Collectors.toMap(Unit::code, u -> u));
        boolean waivers = decisions.anyWaiverIn(period.id());
        return period.units().stream().map(code -> {
            BoardRow row = row(units.get(code), byUnit.getOrDefault(code, List.of()), latest, period.deadline());
            return waivers && !row.missing() ? withWaivers(row) : row;
        }).toList();
    }

    /**
     * The figures of the units' latest checked files added up per indicator ({@link IndicatorTotals}): what the
     * Sở compiles into its own report. Reads one stored result per unit that sent a checked file.
     */
    public List<IndicatorTotals.Total> totals(Period period) {
        Map<String, ReceivedFile> latest = new java.util.HashMap<>();
        files.ofPeriod(period.id()).stream().filter(f -> f.checked() && period.units().contains(f.unitCode()))
                .forEach(f -> latest.put(f.unitCode(), f));
        return IndicatorTotals.of(latest.values().stream().sorted(Comparator.comparing(ReceivedFile::unitCode))
                .map(dossiers::result).flatMap(java.util.Optional::stream).toList());
    }

    /** The round's files whose unit soát could not tell: the reviewer chooses. */
    public List<ReceivedFile> unassigned(Period period) {
        return files.ofPeriod(period.id()).stream().filter(f -> f.unitCode().isEmpty() && f.checked()).toList();
    }

    public Period period(String id) {
        return rounds.find(id);
    }

    /** The counts of the latest file less the findings a waiver covers (one file's result read, only where waivers exist). */
    private BoardRow withWaivers(BoardRow row) {
        Reviewed reviewed = Reviewed.of(dossiers.of(row.submissionId()), dossiers);
        int waived = (int) reviewed.findings().stream().filter(a -> a.waived()).count();
        if (waived == 0) {
            return row;
        }
        return new BoardRow(row.unitCode(), row.unitName(), row.state(), row.submissionId(), row.fileName(), row.receivedAt(),
                row.late(), row.files(), row.verdict(), (int) reviewed.unwaived(Severity.ERROR), (int) reviewed.unwaived(Severity.WARNING),
                waived, row.decision(), row.decidedBy());
    }

    private static BoardRow row(Unit unit, List<ReceivedFile> sent, Map<String, Decision> latest, LocalDate deadline) {
        if (sent.isEmpty()) {
            return new BoardRow(unit.code(), unit.name(), "MISSING", "", "", null, false, 0, "", 0, 0, 0, "", "");
        }
        ReceivedFile last = sent.get(sent.size() - 1);
        Decision decision = latest.get(last.id());
        String state = last.checked() ? "CHECKED" : last.status();
        boolean late = last.receivedAt().atZone(VIETNAM).toLocalDate().isAfter(deadline);
        return new BoardRow(unit.code(), unit.name(), state, last.id(), last.fileName(), last.receivedAt(), late, sent.size(),
                last.verdict(), last.errors(), last.warnings(), 0, decision == null ? "" : decision.decision(),
                decision == null ? "" : decision.decidedBy());
    }

    private static Predicate<BoardRow> filter(String filter) {
        return switch (filter) {
            case "missing" -> BoardRow::missing;
            case "late" -> BoardRow::late;
            case "undecided" -> r -> !r.missing() && r.decision().isEmpty();
            case "accepted" -> r -> Decision.ACCEPTED.equals(r.decision());
            case "returned" -> r -> Decision.RETURNED.equals(r.decision());
            default -> r -> true;
        };
    }

    private static Comparator<BoardRow> order(String sort) {
        Comparator<BoardRow> byUnit = Comparator.comparing(BoardRow::unitCode);
        return switch (sort) {
            case "received" -> Comparator.comparing(BoardRow::receivedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(byUnit);
            case "verdict" -> Comparator.comparing((BoardRow r) -> verdictRank(r.verdict())).thenComparing(byUnit);
            case "errors" -> Comparator.comparing(BoardRow::errors, Comparator.reverseOrder())
                    .thenComparing(BoardRow::warnings, Comparator.reverseOrder()).thenComparing(byUnit);
            case "decision" -> Comparator.comparing(BoardRow::decision).thenComparing(byUnit);
            default -> byUnit;
        };
    }

    /** Worst first: returned, to review, passed, not checked. */
    private static int verdictRank(String verdict) {
        return switch (verdict) {
            case "RETURNED" -> 0;
            case "REVIEW" -> 1;
            case "PASSED" -> 2;
            default -> 3;
        };
    }
}
