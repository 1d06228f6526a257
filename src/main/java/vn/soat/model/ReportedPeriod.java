package vn.soat.model;

/**
 * The period the report covers, read from its summary line (NĐ 09/2019 Điều 12): a whole year or
 * the first six months of {@code year}. {@code expectedPlanKind}/{@code expectedPlanYear} name the
 * plan period that must follow it: the next year, or the last six months of the same year.
 * {@code firstDay} is the period's first day (1 January of {@code year}) as an epoch day: a report dated
 * before it reports on a period that has not begun.
 */
public record ReportedPeriod(String kind, int year, String display, String expectedPlanKind, int expectedPlanYear,
        String expectedPlanDisplay, long firstDay, Location location, String excerpt) implements Located {
}
