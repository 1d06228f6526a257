package vn.soat.profile;

import java.util.Arrays;
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
        Map<String, int[]> positions = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String word = key.apply(items.get(i));
            int[] before = positions.get(word);
            int[] now;
            if (before == null) {
                now = new int[] {i};
            } else {
                now = Arrays.copyOf(before, before.length + 1);
                now[before.length] = i;
            }
            positions.put(word, now);
        }
        return positions;
    }
}
