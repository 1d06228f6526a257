package vn.soat.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.Heading;
import vn.soat.model.PlannedPeriod;
import vn.soat.model.ReportedPeriod;
import vn.soat.model.TitleBlock;
import vn.soat.text.VietText;
import vn.soat.text.Regex;

/**
 * Reads the reported and planned periods from the summary line and the plan heading
 * (docs/domain.md §7): {@code năm X} → plan {@code năm X+1}; {@code 6 tháng đầu năm X} → plan
 * {@code 6 tháng cuối năm X}.
 */
public final class PeriodReader {

    public static final String YEAR = "YEAR";
    public static final String FIRST_HALF = "FIRST_HALF";
    public static final String SECOND_HALF = "SECOND_HALF";

    private static final Pattern PLAN_START = Regex.compile("\\b(phuong huong|ke hoach|nhiem vu|du kien|dinh huong)\\b");
    private static final Pattern FIRST = Regex.compile("\\b(?:6|06|sau) thang dau nam(?: (\\d{4}))?");
    private static final Pattern SECOND = Regex.compile("\\b(?:6|06|sau) thang cuoi nam(?: (\\d{4}))?");
    private static final Pattern WHOLE_YEAR = Regex.compile("\\bnam (\\d{4})\\b");
    private static final Pattern OTHER_SPAN = Regex.compile("\\b(?:3|03|9|09|ba|chin) thang\\b|\\bquy\\b");

    private PeriodReader() {
    }

    public record Periods(Optional<ReportedPeriod> reported, List<PlannedPeriod> planned) {
    }

    public static Periods read(TitleBlock title, Optional<Heading> planHeading) {
        String summary = words(title.summary());
        Matcher planStart = PLAN_START.matcher(summary);
        int split = planStart.find() ? planStart.start() : summary.length();
        String resultPart = summary.substring(0, split);
        String planPart = summary.substring(split);
        List<PlannedPeriod> planned = new ArrayList<>();
        Optional<Period> summaryPlan = plan(planPart);
        summaryPlan.ifPresent(p -> planned.add(new PlannedPeriod(true, p.kind(), p.year(), p.display(), title.location(),
                title.summary())));
        planHeading.flatMap(h -> plan(words(h.title())).map(p -> new PlannedPeriod(false, p.kind(), p.year(), p.display(),
                h.location(), h.excerpt()))).ifPresent(planned::add);
        Optional<ReportedPeriod> reported = reported(resultPart, summaryPlan, title);
        return new Periods(reported, List.copyOf(planned));
    }

    private static Optional<ReportedPeriod> reported(String part, Optional<Period> summaryPlan, TitleBlock title) {
        if (OTHER_SPAN.matcher(part).find()) {
            return Optional.empty();
        }
        Matcher first = FIRST.matcher(part);
        if (first.find()) {
            Integer year = first.group(1) != null ? Integer.valueOf(first.group(1))
                    : summaryPlan.filter(p -> p.kind().equals(SECOND_HALF)).map(Period::year).orElse(null);
            if (year == null) {
                return Optional.empty();
            }
            return Optional.of(new ReportedPeriod(FIRST_HALF, year, "6 tháng đầu năm " + year, SECOND_HALF, year,
                    "6 tháng cuối năm " + year, firstDay(year), title.location(), title.summary()));
        }
        Matcher whole = WHOLE_YEAR.matcher(part);
        if (whole.find() && !SECOND.matcher(part).find()) {
            int year = Integer.parseInt(whole.group(1));
            return Optional.of(new ReportedPeriod(YEAR, year, "năm " + year, YEAR, year + 1, "năm " + (year + 1),
                    firstDay(year), title.location(), title.summary()));
        }
        return Optional.empty();
    }

    private static long firstDay(int year) {
        return java.time.LocalDate.of(year, 1, 1).toEpochDay();
    }

    private static Optional<Period> plan(String text) {
        Matcher second = SECOND.matcher(text);
        if (second.find()) {
            return second.group(1) == null ? Optional.empty()
                    : Optional.of(new Period(SECOND_HALF, Integer.parseInt(second.group(1)), "6 tháng cuối năm " + second.group(1)));
        }
        Matcher first = FIRST.matcher(text);
        if (first.find()) {
            return first.group(1) == null ? Optional.empty()
                    : Optional.of(new Period(FIRST_HALF, Integer.parseInt(first.group(1)), "6 tháng đầu năm " + first.group(1)));
        }
        if (OTHER_SPAN.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher whole = WHOLE_YEAR.matcher(text);
        return whole.find() ? Optional.of(new Period(YEAR, Integer.parseInt(whole.group(1)), "năm " + whole.group(1)))
                : Optional.empty();
    }

    private static String words(String text) {
        return VietText.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private record Period(String kind, int year, String display) {
    }
}
