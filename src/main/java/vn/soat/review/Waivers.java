package vn.soat.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.soat.finding.Finding;

/** Which findings a reviewer's waivers cover; a waived finding is shown with its waiver, never dropped silently. */
public final class Waivers {

    private Waivers() {
    }

    /** A finding and the waiver that covers it, if any. */
    public record Applied(Finding finding, Optional<Waiver> waiver) {

        public boolean waived() {
            return waiver.isPresent();
        }
    }

    /**
     * Each finding, in the given order, with the first waiver whose {@link FindingKey} matches it (same rule id,
     * same normalised excerpt). One waiver covers every finding it matches: the same wrong finding may be
     * raised twice in a file.
     */
    public static List<Applied> apply(List<Finding> findings, List<Waiver> waivers) {
        List<Applied> applied = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            FindingKey key = FindingKey.of(finding);
            Optional<Waiver> cover = waivers.stream().filter(w -> w.key().matches(key)).findFirst();
            applied.add(new Applied(finding, cover));
        }
        return applied;
    }

    /** The findings no waiver covers. */
    public static List<Finding> unwaived(List<Finding> findings, List<Waiver> waivers) {
        return apply(findings, waivers).stream().filter(a -> !a.waived()).map(Applied::finding).toList();
    }
}
