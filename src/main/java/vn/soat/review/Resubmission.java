package vn.soat.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.soat.finding.Finding;

/**
 * A unit's second file of a round against its first: which findings the unit fixed, which are new and
 * which remain. Findings are paired by {@link FindingKey} (rule id, case, normalised excerpt); when a key
 * occurs several times in a file, the occurrences are paired in order of the smallest line shift, so
 * the line decides only between findings that are otherwise the same.
 */
public final class Resubmission {

    private Resubmission() {
    }

    /**
     * @param fixed findings of the first file with no counterpart in the second
     * @param added findings of the second file with no counterpart in the first
     * @param remaining pairs of the same finding in both files
     */
    public record Comparison(List<Finding> fixed, List<Finding> added, List<Remaining> remaining) {
    }

    /** The same finding in the first file ({@code before}) and in the second ({@code now}). */
    public record Remaining(Finding before, Finding now) {
    }

    public static Comparison compare(List<Finding> first, List<Finding> second) {
        Map<FindingKey, List<Finding>> before = byKey(first);
        Map<FindingKey, List<Finding>> now = byKey(second);
        List<Finding> fixed = new ArrayList<>();
        List<Finding> added = new ArrayList<>();
        List<Remaining> remaining = new ArrayList<>();
        before.forEach((key, olds) -> {
            List<Finding> news = new ArrayList<>(now.getOrDefault(key, List.of()));
            List<Finding> unpaired = new ArrayList<>(olds);
            for (Pair pair : closestPairs(olds, news)) {
                remaining.add(new Remaining(pair.before(), pair.now()));
                unpaired.remove(pair.before());
                news.remove(pair.now());
            }
            fixed.addAll(unpaired);
            now.put(key, news);
        });
        now.values().forEach(added::addAll);
        Comparator<Finding> byLine = Comparator.comparingInt(f -> f.location().line());
        fixed.sort(byLine);
        added.sort(byLine);
        remaining.sort(Comparator.comparingInt(r -> r.now().location().line()));
        return new Comparison(List.copyOf(fixed), List.copyOf(added), List.copyOf(remaining));
    }

    private record Pair(Finding before, Finding now, int shift) {
    }

    /** Greedy pairing by line shift: for the few repeats of one key in a report this is the optimal pairing. */
    private static List<Pair> closestPairs(List<Finding> olds, List<Finding> news) {
        List<Pair> candidates = new ArrayList<>();
        for (Finding a : olds) {
            for (Finding b : news) {
                candidates.add(new Pair(a, b, Math.abs(a.location().line() - b.location().line())));
            }
        }
        candidates.sort(Comparator.comparingInt(Pair::shift));
        List<Pair> chosen = new ArrayList<>();
        List<Finding> usedBefore = new ArrayList<>();
        List<Finding> usedNow = new ArrayList<>();
        for (Pair pair : candidates) {
            if (usedBefore.stream().noneMatch(f -> f == pair.before()) && usedNow.stream().noneMatch(f -> f == pair.now())) {
                chosen.add(pair);
                usedBefore.add(pair.before());
                usedNow.add(pair.now());
            }
        }
        return chosen;
    }

    /**
     * Findings grouped by key, in order of first appearance. Two keys that {@link FindingKey#matches match}
     * always have the same case here, since both come from findings.
     */
    private static Map<FindingKey, List<Finding>> byKey(List<Finding> findings) {
        Map<FindingKey, List<Finding>> map = new LinkedHashMap<>();
        for (Finding finding : findings) {
            map.computeIfAbsent(FindingKey.of(finding), k -> new ArrayList<>()).add(finding);
        }
        return map;
    }
}
