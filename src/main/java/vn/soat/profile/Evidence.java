package vn.soat.profile;

import java.util.Comparator;
import vn.soat.model.Location;

/**
 * What a heading or a passage says about one outline item. {@code rank} orders headings by level
 * (Roman sections first, then parts, then lower levels, then passages), so the page points at the
 * heading a reader would.
 */
record Evidence(ProfileItem item, boolean covers, double score, boolean heading, int rank, String text,
        Location location) {

    static final int PASSAGE = 9;

    private static final Comparator<Evidence> COVERING = Comparator.comparingInt(Evidence::rank)
            .thenComparingInt(e -> e.location().line());
    private static final Comparator<Evidence> PARTIAL = Comparator.comparingDouble(Evidence::score).reversed()
            .thenComparing(COVERING);

    /** Covering evidence first, the highest heading level and earliest line of it; else the closest partial match. */
    static final Comparator<Evidence> BEST_FIRST = (a, b) -> a.covers() != b.covers() ? (a.covers() ? -1 : 1)
            : a.covers() ? COVERING.compare(a, b) : PARTIAL.compare(a, b);

    String where() {
        return heading ? "đề mục" : "đoạn văn";
    }
}
