package vn.soat.profile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.text.VietText;
import vn.soat.text.Regex;

/**
 * Data periods as letters and reports write them (docs/domain.md §7): {@code số liệu tính từ ngày
 * 15/12/2025 đến ngày 14/6/2026}, {@code từ 01/01 đến 30/6/2026}, {@code số liệu tính đến ngày 14/6/2026},
 * {@code chốt số liệu đến hết ngày 14 tháng 6 năm 2026}. A start written without its year takes the end's
 * (the year before when that would put it after the end); an end without a year takes {@code defaultYear}
 * (0: such a span is not read).
 *
 * <table>
 * <caption>must read / must not read</caption>
 * <tr><td>số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026</td><td>15/12/2025–14/6/2026, data words</td></tr>
 * <tr><td>từ ngày 15/12 đến 14/6/2026</td><td>15/12/2025–14/6/2026</td></tr>
 * <tr><td>số liệu tính đến ngày 14/6/2026</td><td>…–14/6/2026</td></tr>
 * <tr><td>tính đến nay</td><td>nothing</td></tr>
 * <tr><td>Tính đến ngày 07/11/2022, có 49 đoàn (a count at a date)</td><td>nothing</td></tr>
 * <tr><td>từ năm 2020 đến năm 2025</td><td>nothing</td></tr>
 * </table>
 */
public final class DataSpans {

    private static final String DATE = "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?"
            + "|(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s*,?\\s+nam\\s+(\\d{4}))?";
    // Each pattern opens with a look at its first letter: \b as Regex spells it out is slow to try at every character.
    private static final Pattern SPAN = Regex.compile("(?=t)\\btu\\s+(?:ngay\\s+)?(?:" + DATE + ")\\s*(?:den|toi|-)\\s*"
            + "(?:het\\s+)?(?:ngay\\s+)?(?:" + DATE + ")");
    private static final Pattern UNTIL = Regex.compile("(?=[tcl])\\b(?:tinh|chot|lay)\\s+(?:so lieu\\s+)?(?:den|toi)\\s+(?:het\\s+)?ngay\\s+(?:"
            + DATE + ")");
    private static final Pattern DATA_WORDS = Regex.compile("\\bso lieu\\b|\\bchot\\b|\\btinh (?:tu|den)\\b");
    /** An end alone is the figures' cut-off only when said of them: "Tính đến ngày 07/11, có 49 đoàn" is a count at a date. */
    private static final Pattern FIGURES = Regex.compile("\\bso lieu\\b|\\bchot\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?](?=\\s|$)");

    private DataSpans() {
    }

    /**
     * One data period read from a line: start (empty when only the end is written), end, and whether the
     * sentence names it as the figures' period ({@code dataWords}: số liệu, chốt, tính từ/đến).
     */
    public record Span(Optional<LocalDate> from, LocalDate to, boolean dataWords) {

        /** The period as messages show it: {@code từ 15/12/2025 đến 14/6/2026} or {@code đến 14/6/2026}. */
        public String display() {
            return from.map(f -> "từ " + show(f) + " đến " + show(to)).orElse("đến " + show(to));
        }

        public static String show(LocalDate d) {
            return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
        }
    }

    /** The spans of one line, in order. */
    public static List<Span> find(String line, int defaultYear) {
        if (!hasDigit(line)) {
            return List.of(); // every span ends in a date written in digits
        }
        String folded = VietText.fold(line).toLowerCase(java.util.Locale.ROOT);
        List<Span> out = new ArrayList<>();
        Matcher span = SPAN.matcher(folded);
        int searchedTo = 0;
        while (span.find()) {
            Optional<LocalDate> to = date(span, 7, defaultYear);
            if (to.isPresent()) {
                Optional<LocalDate> from = date(span, 1, to.get().getYear())
                        .map(f -> f.isAfter(to.get()) && span.group(3) == null && span.group(6) == null ? f.minusYears(1) : f);
                if (from.isPresent() && !from.get().isAfter(to.get())) {
                    out.add(new Span(from, to.get(), dataWords(folded, span.start())));
                }
            }
            searchedTo = span.end();
        }
        Matcher until = UNTIL.matcher(folded);
        while (until.find()) {
            boolean ofFigures = FIGURES.matcher(sentenceBefore(folded, until.end())).find();
            if (ofFigures && (until.start() >= searchedTo || out.isEmpty())) {
                date(until, 1, defaultYear).ifPresent(to -> out.add(new Span(Optional.empty(), to, true)));
            }
        }
        return out;
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The date whose day is group {@code first} (the numeric form) or {@code first + 3} (the worded form). */
    private static Optional<LocalDate> date(Matcher m, int first, int defaultYear) {
        int at = m.group(first) != null ? first : first + 3;
        if (m.group(at) == null) {
            return Optional.empty();
        }
        int year = m.group(at + 2) != null ? Integer.parseInt(m.group(at + 2)) : defaultYear;
        if (year == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(at + 1)), Integer.parseInt(m.group(at))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean dataWords(String folded, int spanStart) {
        return DATA_WORDS.matcher(sentenceBefore(folded, spanStart)).find();
    }

    private static String sentenceBefore(String folded, int at) {
        Matcher end = SENTENCE_END.matcher(folded);
        int sentenceStart = 0;
        while (end.find() && end.end() <= at) {
            sentenceStart = end.end();
        }
        return folded.substring(sentenceStart, at);
    }
}
