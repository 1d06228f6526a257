package vn.soat.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.soat.parse.VietText;

/**
 * Headings and item names as outlines.md compares them: no accents, no case, no punctuation, no
 * filler words, and without the leading words that every heading may carry.
 */
public final class OutlineText {

    private static final Set<String> FILLER = Set.of("cac", "nhung", "va", "ve", "cua");
    private static final List<List<String>> LEADING = List.of(List.of("cong", "tac"), List.of("hoat", "dong"),
            List.of("tinh", "hinh"), List.of("ket", "qua"));

    /** Outline names are few and fixed for the life of the catalogue; their cores are computed once. */
    private static final java.util.Map<String, String> NAME_CORES = new java.util.concurrent.ConcurrentHashMap<>();

    private OutlineText() {
    }

    static String nameCore(String name) {
        return NAME_CORES.computeIfAbsent(name, OutlineText::core);
    }

    /** Folded words separated by single spaces. */
    static String words(String text) {
        return VietText.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** The comparable core of a heading or name; never empty when the text has words. */
    public static String core(String text) {
        List<String> words = new ArrayList<>();
        for (String word : words(text).split(" ")) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                words.add(word);
            }
        }
        removeDoiVoi(words);
        List<String> stripped = new ArrayList<>(words);
        boolean changed = true;
        while (changed && stripped.size() > 2) {
            changed = false;
            for (List<String> lead : LEADING) {
                if (stripped.size() > lead.size() && stripped.subList(0, lead.size()).equals(lead)) {
                    stripped = new ArrayList<>(stripped.subList(lead.size(), stripped.size()));
                    changed = true;
                }
            }
        }
        return String.join(" ", stripped.isEmpty() ? words : stripped);
    }

    /** The heading or line contains the name as a whole phrase. */
    static boolean contains(String textCore, String nameCore) {
        return !nameCore.isEmpty() && (" " + textCore + " ").contains(" " + nameCore + " ");
    }

    private static void removeDoiVoi(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("doi") && words.get(i + 1).equals("voi")) {
                words.subList(i, i + 2).clear();
                i--;
            }
        }
    }
}
