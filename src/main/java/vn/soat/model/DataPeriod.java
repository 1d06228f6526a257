package vn.soat.model;

/**
 * A data period the report states for its figures ({@code số liệu tính từ ngày 15/12/2025 đến ngày
 * 14/6/2026}, {@code số liệu tính đến ngày 14/6/2026}, {@code (từ ngày 01/01/2026 đến 30/6/2026)}), as
 * epoch days; {@code fromDay} is -1 when only the end is stated ({@code hasStart} false).
 */
public record DataPeriod(long fromDay, long toDay, String display, Location location, String excerpt)
        implements Located {

    public boolean hasStart() {
        return fromDay >= 0;
    }
}
