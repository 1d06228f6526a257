package vn.soat.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.soat.profile.Syllables.Syllable;

/**
 * The words of an outline's items and how much each tells: a syllable (or pair of adjacent
 * syllables) that only one item uses weighs 1, one shared by n items weighs 1/n. So {@code đối
 * ngoại}, which half the items carry, counts little, and {@code lãnh sự} counts fully; the
 * generalisation to unseen headings comes from this weighting and from {@link Syllables}, not
 * from a longer list of names.
 */
final class ItemVocabulary {

    /** A syllable used by three items or more tells no item apart. */
    private static final double GENERIC = 1.0 / 3;

    private final Map<ProfileItem, List<List<Syllable>>> names = new LinkedHashMap<>();
    private final Map<String, Double> unigramWeight = new HashMap<>();
    private final Map<String, Double> bigramWeight = new HashMap<>();
    /**
     * Each item's phrases with their weights, computed once: a check matches them against every clause. Keyed by
     * identity: a record's hash walks all its names, and the items looked up are the profile's own.
     */
    private final Map<ProfileItem, List<ItemPhrase>> phrases = new IdentityHashMap<>();
    /** The items whose phrases hold a folded syllable: a text without any of an item's cannot name it. */
    private final Map<String, List<ProfileItem>> itemsWith = new HashMap<>();

    /**
     * How well one item's phrase is found in a text: the share of its weight found, the first
     * syllable found ({@code start}), and its most telling syllables ({@code coreStart}..{@code coreEnd}).
     */
    record Match(ProfileItem item, String phrase, double recall, double weight, int start, int coreStart, int coreEnd) {

        static Match none(ProfileItem item) {
            return new Match(item, "", 0, 0, -1, -1, -1);
        }
    }

    ItemVocabulary(OutlineProfile profile) {
        Map<String, Integer> unigramItems = new HashMap<>();
        Map<String, Integer> bigramItems = new HashMap<>();
        for (ProfileItem item : profile.items()) {
            add(item, unigramItems, bigramItems);
            item.items().forEach(sub -> add(sub, unigramItems, bigramItems));
        }
        unigramItems.forEach((k, n) -> unigramWeight.put(k, 1.0 / n));
        bigramItems.forEach((k, n) -> bigramWeight.put(k, 1.0 / n));
        names.forEach((item, own) -> phrases.put(item, own.stream().map(this::phrase).toList()));
        names.forEach((item, own) -> own.stream().flatMap(List::stream).map(Syllable::folded).distinct()
                .forEach(folded -> itemsWith.computeIfAbsent(folded, key -> new ArrayList<>()).add(item)));
    }

    private ItemPhrase phrase(List<Syllable> syllables) {
        double[] unigrams = new double[syllables.size()];
        double[] bigrams = new double[Math.max(0, syllables.size() - 1)];
        boolean generic = true;
        for (int i = 0; i < syllables.size(); i++) {
            unigrams[i] = unigramWeight.getOrDefault(syllables.get(i).folded(), 1.0);
            generic &= unigrams[i] <= GENERIC;
            if (i + 1 < syllables.size()) {
                bigrams[i] = bigramWeight.getOrDefault(key(syllables.get(i), syllables.get(i + 1)), 1.0);
            }
        }
        return new ItemPhrase(syllables, unigrams, bigrams, generic,
                syllables.stream().map(Syllable::marked).collect(Collectors.joining(" ")));
    }

    private void add(ProfileItem item, Map<String, Integer> unigramItems, Map<String, Integer> bigramItems) {
        List<List<Syllable>> own = new ArrayList<>();
        for (String name : item.acceptedNames()) {
            List<Syllable> syllables = Syllables.of(name);
            if (!syllables.isEmpty()) {
                own.add(syllables);
            }
        }
        names.put(item, own);
        Set<String> unigrams = own.stream().flatMap(List::stream).map(Syllable::folded).collect(Collectors.toSet());
        Set<String> bigrams = own.stream().flatMap(p -> bigramKeys(p).stream()).collect(Collectors.toSet());
        unigrams.forEach(u -> unigramItems.merge(u, 1, Integer::sum));
        bigrams.forEach(b -> bigramItems.merge(b, 1, Integer::sum));
    }

    /**
     * A text's syllables with the positions of each folded form, built once per heading or clause: every
     * item's phrases are looked up in it, so a lookup must not scan the text.
     */
    record Words(List<Syllable> syllables, Map<String, int[]> positions) {

        static Words of(List<Syllable> syllables) {
            return new Words(syllables, Positions.of(syllables, Syllable::folded));
        }
    }

    /**
     * The item's phrase that is best found in the text: of the phrases found well enough to count,
     * the earliest in the text (a Vietnamese heading names its topic first); otherwise the highest
     * share, then the most weight. Asked only of the items {@link #named} by the text.
     */
    Match match(ProfileItem item, Words text) {
        Match best = Match.none(item);
        for (ItemPhrase phrase : phrases.getOrDefault(item, List.of())) {
            Match m = phrase.in(item, text);
            if (isBetter(m, best)) {
                best = m;
            }
        }
        return best;
    }

    /**
     * The items that share a syllable with the text: only they can be found in it ({@link #match} of any other is
     * {@link Match#none}). A set by identity, as the items are the profile's own.
     */
    Set<ProfileItem> named(Words text) {
        Set<ProfileItem> named = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String folded : text.positions().keySet()) {
            named.addAll(itemsWith.getOrDefault(folded, List.of()));
        }
        return named;
    }

    /**
     * Found well enough to count beats not; then, among those found well enough, the earlier start; then the
     * higher share; then the more weight.
     */
    private static boolean isBetter(Match a, Match b) {
        boolean aCounts = a.recall() >= EvidenceReader.COVER;
        boolean bCounts = b.recall() >= EvidenceReader.COVER;
        if (aCounts != bCounts) {
            return aCounts;
        }
        if (aCounts && a.start() != b.start()) {
            return a.start() < b.start();
        }
        int byRecall = Double.compare(b.recall(), a.recall());
        return byRecall != 0 ? byRecall < 0 : Double.compare(b.weight(), a.weight()) < 0;
    }

    private static List<String> bigramKeys(List<Syllable> phrase) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i + 1 < phrase.size(); i++) {
            keys.add(key(phrase.get(i), phrase.get(i + 1)));
        }
        return keys;
    }

    private static String key(Syllable a, Syllable b) {
        return a.folded() + " " + b.folded();
    }
}
