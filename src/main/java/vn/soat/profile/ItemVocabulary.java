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

    /** Share of the strongest weight a syllable needs to belong to the core of a match. */
    private static final double CORE = 0.75;
    /** A syllable used by three items or more tells no item apart. */
    private static final double GENERIC = 1.0 / 3;

    private final Map<ProfileItem, List<List<Syllable>>> names = new LinkedHashMap<>();
    private final Map<String, Double> unigramWeight = new HashMap<>();
    private final Map<String, Double> bigramWeight = new HashMap<>();
    /**
     * Each item's phrases with their weights, computed once: a check matches them against every clause. Keyed by
     * identity: a record's hash walks all its names, and the items looked up are the profile's own.
     */
    private final Map<ProfileItem, List<Phrase>> phrases = new IdentityHashMap<>();
    /** Every folded syllable of an item's phrases: a text without any of them cannot name the item. */
    private final Map<ProfileItem, String[]> syllablesOf = new IdentityHashMap<>();
    /** The items whose phrases hold a folded syllable. */
    private final Map<String, List<ProfileItem>> itemsWith = new HashMap<>();

    /**
     * One accepted name of an item: its syllables, the weight of each syllable and of each adjacent pair,
     * and whether it is made only of words many items share.
     */
    private record Phrase(List<Syllable> syllables, double[] unigrams, double[] bigrams, boolean generic, String marked) {
    }

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
        names.forEach((item, own) -> syllablesOf.put(item,
                own.stream().flatMap(List::stream).map(Syllable::folded).distinct().toArray(String[]::new)));
        syllablesOf.forEach((item, own) -> {
            for (String folded : own) {
                itemsWith.computeIfAbsent(folded, key -> new ArrayList<>()).add(item);
            }
        });
    }

    private Phrase phrase(List<Syllable> syllables) {
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
        return new Phrase(syllables, unigrams, bigrams, generic,
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
     * The item's phrase that is best found in the text: of the phrases found well enough to count,
     * the earliest in the text (a Vietnamese heading names its topic first); otherwise the highest
     * share, then the most weight.
     */
    Match match(ProfileItem item, List<Syllable> text) {
        return match(item, Words.of(text));
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

    Match match(ProfileItem item, Words text) {
        Match best = Match.none(item);
        if (!sharesASyllable(item, text)) {
            return best;
        }
        for (Phrase phrase : phrases.getOrDefault(item, List.of())) {
            Match m = match(item, phrase, text);
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

    private boolean sharesASyllable(ProfileItem item, Words text) {
        for (String folded : syllablesOf.getOrDefault(item, NO_SYLLABLES)) {
            if (text.positions().containsKey(folded)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] NO_SYLLABLES = {};

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

    private static Match match(ProfileItem item, Phrase named, Words words) {
        List<Syllable> text = words.syllables();
        List<Syllable> phrase = named.syllables();
        // A name made only of words that many items share ("Công tác đối ngoại") says something only
        // as the whole of a heading ("Công tác đối ngoại năm 2025"), never inside other words.
        if (named.generic() && !allIn(text, phrase)) {
            return Match.none(item);
        }
        double total = 0;
        double found = 0;
        List<double[]> hits = new ArrayList<>();
        for (int i = 0; i < phrase.size(); i++) {
            double w = named.unigrams()[i];
            total += w;
            int at = indexOf(words, phrase.get(i));
            if (at >= 0) {
                found += w;
                hits.add(new double[] {at, w});
            }
        }
        for (int i = 0; i + 1 < phrase.size(); i++) {
            double w = named.bigrams()[i];
            total += w;
            int at = pairIndex(words, phrase.get(i), phrase.get(i + 1));
            if (at >= 0) {
                found += w;
                hits.add(new double[] {at, w});
                hits.add(new double[] {at + 1, w});
            }
        }
        if (hits.isEmpty()) {
            return Match.none(item);
        }
        // Where the phrase's core is: its most telling syllables, so "thông tin đối ngoại" in "văn hóa
        // đối ngoại và thông tin đối ngoại" is placed at "thông tin", not at the first "đối".
        double strongest = hits.stream().mapToDouble(h -> h[1]).max().orElse(0);
        int start = Integer.MAX_VALUE;
        int coreStart = Integer.MAX_VALUE;
        int coreEnd = -1;
        for (double[] hit : hits) {
            start = Math.min(start, (int) hit[0]);
            if (hit[1] >= strongest * CORE) {
                coreStart = Math.min(coreStart, (int) hit[0]);
                coreEnd = Math.max(coreEnd, (int) hit[0]);
            }
        }
        return new Match(item, named.marked(), found / total,
                found, start, coreStart, coreEnd);
    }

    /** Every syllable of the text is one of the phrase's. */
    private static boolean allIn(List<Syllable> text, List<Syllable> phrase) {
        for (Syllable t : text) {
            boolean found = false;
            for (int i = 0; i < phrase.size() && !found; i++) {
                found = t.sameAs(phrase.get(i));
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(Words text, Syllable s) {
        for (int j : text.positions().getOrDefault(s.folded(), NOWHERE)) {
            if (text.syllables().get(j).sameAs(s)) {
                return j;
            }
        }
        return -1;
    }

    private static int pairIndex(Words text, Syllable a, Syllable b) {
        for (int j : text.positions().getOrDefault(a.folded(), NOWHERE)) {
            if (j + 1 < text.syllables().size() && text.syllables().get(j).sameAs(a) && text.syllables().get(j + 1).sameAs(b)) {
                return j;
            }
        }
        return -1;
    }

    private static final int[] NOWHERE = {};

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
