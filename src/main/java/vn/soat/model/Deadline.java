package vn.soat.model;

/**
 * The last day a report may be dated (epoch day): from the request letter ({@code trước ngày 18/6/2026}
 * → 17/6/2026; {@code chậm nhất ngày 18/6/2026} or {@code trước 17h00 ngày 18/6/2026} → 18/6/2026), or set
 * by the user ({@code --deadline}). {@code display} is the deadline as written, {@code source} where it
 * comes from; the location is in the letter ({@link Location#DOCUMENT} when set by the user).
 */
public record Deadline(long lastDay, String display, String source, Location location, String excerpt)
        implements Located {
}
