package vn.soat.model;

/**
 * The period the report covers, read from its summary line (NĐ 09/2019 Điều 12): a whole year or
 * the first six months of {@code year}. {@code expectedPlanKind}/{@code expectedPlanYear} name the
 * plan period that must follow it: the next year, or the last six months of the same year.
 */
public record ReportedPeriod(String kind, int year, String display, String expectedPlanKind, int expectedPlanYear,
        String expectedPlanDisplay, Location location, String excerpt) implements Located {
}
