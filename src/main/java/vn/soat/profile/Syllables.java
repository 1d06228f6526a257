package vn.soat.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.soat.text.Regex;
import vn.soat.text.VietText;

/**
 * A heading, passage or item name as the syllables that carry its meaning (rules/profiles/README.md,
 * "How items are matched"): lower case, tone placement modernised, split on anything that is not a
 * letter or digit; stop words, light verbs and period phrases removed. Each syllable keeps its
 * marked form so that {@code hạn} (hạn chế) is not {@code Hàn} (Hàn Quốc), and its folded form so
 * that a text typed without diacritics still matches.
 */
final class Syllables {

    /** Function words: they never tell one outline item from another. */
    private static final Set<String> STOP = Set.of("của", "và", "các", "những", "trong", "về", "với", "cho",
            "được", "đã", "đang", "sẽ", "là", "theo", "để", "từ", "đến", "việc", "một", "này", "nhằm", "nào",
            "như", "cùng", "hoặc", "thì", "mà", "có", "năm", "tháng", "số", "mặt");
    /**
     * The stop words that stay unambiguous without marks: {@code de} may be {@code đề} (đề xuất),
     * {@code tai} {@code tài} (tài chính), {@code so} {@code sở}, {@code nam} {@code Nam}.
     */
    private static final Set<String> STOP_UNMARKED = Set.of("cua", "va", "cac", "nhung", "trong", "ve", "voi", "duoc",
            "da", "dang", "se", "theo", "tu", "den", "viec", "mot", "nao", "nhu", "cung", "hoac", "thi", "thang",
            "cong tac", "hoat dong", "thuc hien", "trien khai", "doi voi", "dia ban", "thoi gian", "don vi");
    /**
     * Two-syllable words every heading may carry ({@code công tác}, {@code hoạt động}) or light verbs
     * ({@code thực hiện}, {@code triển khai}); {@code công} alone is a stop word only through
     * {@code công tác}, never in {@code công dân}.
     */
    private static final Set<String> STOP_PAIRS = Set.of("công tác", "hoạt động", "thực hiện", "triển khai", "đối với",
            "địa bàn", "thời gian", "đơn vị");
    /** The folded first syllables of {@link #STOP_PAIRS} and of the pairs in {@link #STOP_UNMARKED}. */
    private static final Set<String> PAIR_STARTS = Stream.concat(STOP_PAIRS.stream().map(VietText::fold), STOP_UNMARKED.stream())
            .filter(stop -> stop.contains(" ")).map(stop -> stop.substring(0, stop.indexOf(' ')))
            .collect(Collectors.toUnmodifiableSet());
    /** Words that join two topics in one heading: "văn hóa đối ngoại và thông tin đối ngoại". */
    private static final Set<String> JOINERS = Set.of("và", "cùng", "hoặc");
    /**
     * Period phrases: the reported or planned period is checked elsewhere (PeriodReader) and says
     * nothing about which item a heading is. {@code đầu}/{@code cuối} only go inside them, so
     * {@code đầu tư} stays. The look at the first letter comes before {@code \b}, slow to try at every character.
     */
    static final Pattern PERIOD = Regex.compile(
            "(?=[\\dsbcdqnkgt])\\b(?:(?:\\d{1,2}|sau|ba|chin) thang(?: (?:dau|cuoi))?(?: nam)?|(?:dau|cuoi) nam|quy (?:i{1,3}|iv|[1-4])"
                    + "|nam (?:nay|toi|sau|qua|truoc|ke tiep)|ky (?:toi|bao cao|tiep theo)|giai doan|thoi gian (?:toi|qua)"
                    + "|\\d{4}(?: ?- ?\\d{4})?)\\b");

    private static final List<String> PERIOD_WORDS = List.of("thang", "dau nam", "cuoi nam", "nam nay", "nam toi", "nam sau",
            "nam qua", "nam truoc", "nam ke tiep", "quy ", "ky ", "giai doan", "thoi gian ");

    private Syllables() {
    }

    /** One syllable; {@code joined} when a comma, slash or {@code và} stood between it and the one before. */
    record Syllable(String marked, String folded, boolean joined) {

        boolean hasMarks() {
            return !marked.equals(folded);
        }

        /** Same syllable: equal without marks, and equal with them unless one side was typed without. */
        boolean sameAs(Syllable other) {
            return folded.equals(other.folded) && (!hasMarks() || !other.hasMarks() || marked.equals(other.marked));
        }
    }

    static List<Syllable> of(String text) {
        String marked = VietText.modernTones(text).toLowerCase(Locale.ROOT); // modernTones returns NFC
        String noPeriods = blankPeriods(marked);
        List<Syllable> raw = new ArrayList<>();
        boolean joined = false;
        int i = 0;
        while (i < noPeriods.length()) {
            int c = noPeriods.codePointAt(i);
            if (",;/&+".indexOf(c) >= 0) {
                joined = true;
                i++;
            } else if (isWordPart(c)) {
                int start = i;
                do {
                    i += Character.charCount(c);
                } while (i < noPeriods.length() && isWordPart(c = noPeriods.codePointAt(i)));
                String w = noPeriods.substring(start, i);
                if (JOINERS.contains(w)) {
                    joined = true;
                }
                raw.add(new Syllable(w, VietText.fold(w), joined));
                joined = false;
            } else {
                i += Character.charCount(c);
            }
        }
        return withoutStopWords(raw);
    }

    /** A letter, mark or number: {@code [\p{L}\p{M}\p{N}]}. */
    static boolean isWordPart(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Period phrases found in the folded text are blanked out in the marked text at the same places. */
    private static String blankPeriods(String marked) {
        String folded = VietText.foldInPlace(marked);
        if (folded.length() != marked.length() || !mayHoldAPeriod(folded)) {
            return marked;
        }
        Matcher m = PERIOD.matcher(folded);
        StringBuilder out = new StringBuilder(marked);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /**
     * Every {@link #PERIOD} phrase holds four digits in a row or one of {@link #PERIOD_WORDS}: most clauses hold
     * neither, and then the regex need not run.
     */
    static boolean mayHoldAPeriod(String folded) {
        int digits = 0;
        for (int i = 0; i < folded.length() && digits < 4; i++) {
            digits = Character.isDigit(folded.charAt(i)) ? digits + 1 : 0;
        }
        if (digits >= 4) {
            return true;
        }
        for (String word : PERIOD_WORDS) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static List<Syllable> withoutStopWords(List<Syllable> raw) {
        boolean unmarked = raw.stream().noneMatch(Syllable::hasMarks);
        List<Syllable> kept = new ArrayList<>();
        boolean joined = false;
        for (int i = 0; i < raw.size(); i++) {
            Syllable s = raw.get(i);
            joined |= s.joined();
            if (i + 1 < raw.size() && isStopPair(s, raw.get(i + 1), unmarked)) {
                i++;
                continue;
            }
            if (isStop(s.marked(), s.folded(), STOP, unmarked) || isNumeral(s.folded())) {
                continue;
            }
            kept.add(new Syllable(s.marked(), s.folded(), joined));
            joined = false;
        }
        return List.copyOf(kept);
    }

    /** Digits, or a Roman numeral's letters: {@code \d+|[ivx]+}. */
    static boolean isNumeral(String folded) {
        if (folded.isEmpty()) {
            return false;
        }
        boolean digits = true;
        boolean roman = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            digits &= c >= '0' && c <= '9';
            roman &= c == 'i' || c == 'v' || c == 'x';
        }
        return digits || roman;
    }

    private static boolean isStopPair(Syllable a, Syllable b, boolean unmarked) {
        if (!PAIR_STARTS.contains(a.folded())) {
            return false;
        }
        return isStop(a.marked() + " " + b.marked(), a.folded() + " " + b.folded(), STOP_PAIRS, unmarked);
    }

    /** Compared with marks, so {@code tài} (tài chính) is not {@code tại}; a text typed without marks is compared without. */
    private static boolean isStop(String marked, String folded, Set<String> stop, boolean unmarked) {
        return stop.contains(marked) || (unmarked && STOP_UNMARKED.contains(folded));
    }
}
