package vn.soat.model;

/** The plan period named in the summary line or in the plan section's heading: a year or the last six months. */
public record PlannedPeriod(boolean fromSummary, String kind, int year, String display, Location location,
        String excerpt) implements Located {

    public String source() {
        return fromSummary ? "trích yếu" : "đề mục phần phương hướng";
    }
}
