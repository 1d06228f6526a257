package vn.soat.model;

/**
 * The place-and-date line. Day, month and year are the written digits (empty when left blank);
 * {@code epochDay} is set only for a real calendar date; {@code styleProblem} names a
 * leading-zero slip (days 1–9 and months 1–2 take a zero, months 3–12 do not), empty if none.
 */
public record DocumentDate(
        String place,
        String day,
        String month,
        String year,
        boolean complete,
        boolean valid,
        long epochDay,
        String display,
        String styleProblem,
        Location location,
        String excerpt) implements Located {
}
