package vn.soat.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Vietnamese documents write them: {@code 13/5/2022}, {@code 03-6-2022}, {@code 13 tháng 5 năm 2022}. */
final class VietDate {

    static final String PATTERN = "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})"
            + "|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*,?\\s+năm\\s+(\\d{4})";
    private static final Pattern DATE = Pattern.compile(PATTERN, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private VietDate() {
    }

    static Optional<LocalDate> parse(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int offset = m.group(1) != null ? 1 : 4;
        return of(m.group(offset), m.group(offset + 1), m.group(offset + 2));
    }

    static Optional<LocalDate> of(String day, String month, String year) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The year of a written date even when the day does not exist (31/6/2023 → 2023); 0 without a date. */
    static int year(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return 0;
        }
        return Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(6));
    }
}
