package vn.soat.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.soat.text.VietText;
import vn.soat.profile.IndicatorText.Kind;
import vn.soat.profile.IndicatorText.Token;

/**
 * A phrase of an indicator's {@code words} (docs/indicators.md) and where it occurs in a passage: words compared
 * folded, commas and slashes of the text between them ignored, {@code …} for up to five other words (a number
 * only after {@code với}), {@code #} for any number and {@code {n}} for the number that is the value.
 */
final class IndicatorPhrase {

    static final String GAP = "…";
    static final String ANY_NUMBER = "#";
    static final String VALUE = "{n}";
    private static final int MAX_GAP = 5;

    private IndicatorPhrase() {
    }

    /** The phrase as folded words; {@code …} (or {@code ...}) is {@link #GAP}; commas and slashes are dropped. */
    static List<String> words(String written) {
        if (WORDS.size() > MAX_REMEMBERED) {
            WORDS.clear();
        }
        return WORDS.computeIfAbsent(written, IndicatorPhrase::split);
    }

    /** Phrases come from the profiles, a few hundred; each is split once, not once per passage of every check. */
    private static final Map<String, List<String>> WORDS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 10_000;

    private static List<String> split(String written) {
        String spaced = written.replace("...", " " + GAP + " ").replace(GAP, " " + GAP + " ");
        List<String> words = new ArrayList<>();
        for (String w : spaced.split("[\\s,/()\\-–]+")) {
            if (!w.isBlank()) {
                words.add(w.equals(GAP) || w.equals(ANY_NUMBER) || w.equals(VALUE) ? w : VietText.fold(w));
            }
        }
        return List.copyOf(words);
    }

    /** A phrase found: the index after it, and the index of its {@code {n}} number (-1 when it has none). */
    record Hit(int end, int value) {
    }

    /** The phrase when it starts at token {@code i}, else null. */
    static Hit matchAt(IndicatorText text, List<String> phrase, int i) {
        int at = i;
        int value = -1;
        boolean gap = false;
        for (int k = 0; k < phrase.size(); k++) {
            String word = phrase.get(k);
            if (word.equals(GAP)) {
                gap = true;
                continue;
            }
            int skipped = 0;
            while (k > 0 && at < text.size() && !accepts(text.at(at), word)) {
                Token t = text.at(at);
                boolean soft = t.kind() == Kind.PUNCT && IndicatorMatcher.SOFT_PUNCT.contains(t.text()) && !gap;
                boolean gapped = gap && skipped < MAX_GAP && (t.kind() == Kind.WORD
                        || (t.kind() == Kind.NUMBER && at > 0 && text.at(at - 1).is("voi")));
                if (!soft && !gapped) {
                    return null;
                }
                skipped += soft ? 0 : 1;
                at++;
            }
            if (at >= text.size() || !accepts(text.at(at), word)) {
                return null;
            }
            value = word.equals(VALUE) ? at : value;
            at++;
            gap = false;
        }
        return new Hit(at, value);
    }

    /** {@code #} stands for any number, {@code {n}} for the number that is the indicator's value. */
    private static boolean accepts(Token token, String word) {
        if (word.equals(ANY_NUMBER) || word.equals(VALUE)) {
            return token.kind() == Kind.NUMBER || token.kind() == Kind.RANGE;
        }
        return token.is(word);
    }
}
