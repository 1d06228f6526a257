package vn.soat.profile;

import java.util.List;
import vn.soat.profile.ItemVocabulary.Match;
import vn.soat.profile.ItemVocabulary.Words;
import vn.soat.profile.Syllables.Syllable;

/**
 * One accepted name of an outline item as {@link ItemVocabulary} weighs it: its syllables, the weight of each
 * syllable and of each adjacent pair, whether it is made only of words many items share, and its marked form.
 */
record ItemPhrase(List<Syllable> syllables, double[] unigrams, double[] bigrams, boolean generic, String marked) {

    /** Share of the strongest weight a syllable needs to belong to the core of a match. */
    private static final double CORE = 0.75;

    /** How well this phrase is found in a text; {@link Match#none} when not at all. */
    Match in(ProfileItem item, Words words) {
        List<Syllable> text = words.syllables();
        List<Syllable> phrase = syllables;
        // A name made only of words that many items share ("Công tác đối ngoại") says something only
        // as the whole of a heading ("Công tác đối ngoại năm 2025"), never inside other words.
        if (generic && !allIn(text, phrase)) {
            return Match.none(item);
        }
        double total = 0;
        double found = 0;
        // Where each found syllable or pair stands, with its weight (a pair stands at both its places). Most
        // phrases are not in most texts: the arrays wait for the first hit (they were a twentieth of a batch's
        // allocation).
        int[] hitAt = null;
        double[] hitWeight = null;
        int hits = 0;
        double strongest = 0;
        for (int i = 0; i < phrase.size(); i++) {
            double w = unigrams[i];
            total += w;
            int at = indexOf(words, phrase.get(i));
            if (at >= 0) {
                if (hitAt == null) {
                    hitAt = new int[3 * phrase.size()];
                    hitWeight = new double[hitAt.length];
                }
                found += w;
                strongest = Math.max(strongest, w);
                hitAt[hits] = at;
                hitWeight[hits++] = w;
            }
        }
        if (hits == 0) {
            // A pair is found only where both its syllables are.
            return Match.none(item);
        }
        for (int i = 0; i + 1 < phrase.size(); i++) {
            double w = bigrams[i];
            total += w;
            int at = pairIndex(words, phrase.get(i), phrase.get(i + 1));
            if (at >= 0) {
                found += w;
                strongest = Math.max(strongest, w);
                hitAt[hits] = at;
                hitWeight[hits++] = w;
                hitAt[hits] = at + 1;
                hitWeight[hits++] = w;
            }
        }
        // Where the phrase's core is: its most telling syllables, so "thông tin đối ngoại" in "văn hóa
        // đối ngoại và thông tin đối ngoại" is placed at "thông tin", not at the first "đối".
        int start = Integer.MAX_VALUE;
        int coreStart = Integer.MAX_VALUE;
        int coreEnd = -1;
        for (int h = 0; h < hits; h++) {
            start = Math.min(start, hitAt[h]);
            if (hitWeight[h] >= strongest * CORE) {
                coreStart = Math.min(coreStart, hitAt[h]);
                coreEnd = Math.max(coreEnd, hitAt[h]);
            }
        }
        return new Match(item, marked, found / total,
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
}
