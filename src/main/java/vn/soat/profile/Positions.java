package vn.soat.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Where each word stands in a text's syllables or tokens, so that a phrase is looked up instead of scanned for. */
final class Positions {

    private Positions() {
    }

    /** Each key's indices in {@code items}, in order. */
    static <T> Map<String, int[]> of(List<T> items, Function<T, String> key) {
        Map<String, List<Integer>> at = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            at.computeIfAbsent(key.apply(items.get(i)), k -> new ArrayList<>(2)).add(i);
        }
        Map<String, int[]> positions = new HashMap<>();
        at.forEach((k, v) -> positions.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return positions;
    }
}
