package vn.soat.parse;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.soat.model.Citation;
import vn.soat.text.VietText;

/**
 * When two citations name the same document, as a reviewer would judge it: the same kind of
 * document (a công văn is also written {@code văn bản}), the symbol compared case-insensitively
 * without the hyphens PDF extraction loses ({@code QĐUBND}; docs/citations.md), issuers and
 * subjects that do not contradict each other.
 */
final class CitationIdentity {

    private static final Set<String> LETTER_WORDS = Set.of("cong van", "van ban", "dien", "cong dien");
    /** Words every subject shares; they say nothing about which document it is. */
    private static final Set<String> STOP_WORDS = Set.of("ve", "viec", "va", "cua", "cac", "tren", "dia", "ban", "tinh",
            "huyen", "xa", "nam", "trong", "tai", "theo", "cho", "voi", "mot", "so", "nhung", "de", "la", "duoc", "giai",
            "doan", "den", "tu");
    // Compiled once: identities are compared for every pair of citations of a report.
    private static final Pattern AFTER_NUMBER = Pattern.compile("^(\\d+).*$");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");
    private static final Pattern NUMBER = Pattern.compile("^\\d+");
    private static final Pattern NOT_DIGITS = Pattern.compile("\\D+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\d]+");
    private static final int LONG_NUMBER = 4;
    /** Fewest digits for a transposition to name one numbered-with-year document: {@code 12/2023} and {@code 21/2023} may both exist. */
    static final int TRANSPOSED_YEARED = 3;
    /** Fewest identifying words two titles share before they are read as the same title. */
    private static final int TITLE_WORDS = 3;

    private CitationIdentity() {
    }

    /** Type and number-symbol: equal for two mentions of one document. */
    static String key(Citation c) {
        return kind(c) + "|" + number(c.numberSymbol()) + normalised(symbol(c.numberSymbol()));
    }

    static String kind(Citation c) {
        String type = VietText.fold(c.type());
        return LETTER_WORDS.contains(type) ? "van ban" : type;
    }

    /** The number without leading zeros: {@code 05/BC-UBND} → {@code 5}. */
    static String number(String numberSymbol) {
        return LEADING_ZEROS.matcher(AFTER_NUMBER.matcher(numberSymbol).replaceFirst("$1")).replaceFirst("");
    }

    /** The symbol without the number. */
    static String symbol(String numberSymbol) {
        return NUMBER.matcher(numberSymbol).replaceFirst("");
    }

    static String normalised(String text) {
        return text.toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }

    /** The same written day: {@code 05/6/2013} = {@code 5 tháng 06 năm 2013}, even for a day that does not exist. */
    static boolean sameDate(Citation a, Citation b) {
        return writtenDay(a.dateText()).equals(writtenDay(b.dateText()));
    }

    private static String writtenDay(String dateText) {
        return String.join(".", Arrays.stream(NOT_DIGITS.split(dateText)).filter(s -> !s.isEmpty())
                .map(s -> LEADING_ZEROS.matcher(s).replaceFirst("")).toList());
    }

    /** The words that identify an issuer, for {@link #compatibleIssuers}. */
    static Set<String> issuerWords(Citation c) {
        return RequesterMatcher.tokens(c.issuer());
    }

    /** Issuers do not contradict when either is unwritten or one name holds the other ({@code UBND tỉnh}, {@code UBND tỉnh Thanh Hóa}). */
    static boolean compatibleIssuers(Set<String> x, Set<String> y) {
        return x.isEmpty() || y.isEmpty() || x.containsAll(y) || y.containsAll(x);
    }

    /**
     * Subjects do not contradict when either is unwritten or every word of the shorter is in the
     * longer: a later mention shortens or rewords a little, but a word of its own ({@code … tại Lào}
     * / {@code … tại Campuchia}) makes it another document.
     */
    static boolean compatibleSubjects(Set<String> x, Set<String> y) {
        return x.isEmpty() || y.isEmpty() || x.containsAll(y) || y.containsAll(x);
    }

    /** The words that identify a subject, for {@link #compatibleSubjects}. */
    static Set<String> words(String subject) {
        Set<String> words = new HashSet<>();
        for (String word : NOT_WORD.split(VietText.fold(subject))) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * Two numbers one slip of the pen apart: the same digits in another order ({@code 1879} /
     * {@code 1789}), or one digit changed, added, dropped or swapped with its neighbour; two digits
     * for numbers of four digits or more. One-digit numbers are too short to tell a slip from
     * another document.
     */
    static boolean slip(String a, String b) {
        if (a.equals(b) || Math.min(a.length(), b.length()) < 2) {
            return false;
        }
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        Arrays.sort(x);
        Arrays.sort(y);
        if (Arrays.equals(x, y)) {
            return true;
        }
        int distance = distance(a, b);
        return distance == 1 || (distance == 2 && Math.min(a.length(), b.length()) >= LONG_NUMBER);
    }

    /** The same digits in another order ({@code 1879} / {@code 1789}). */
    static boolean transposed(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        Arrays.sort(x);
        Arrays.sort(y);
        return !a.equals(b) && Arrays.equals(x, y);
    }

    /**
     * The same title (trích yếu) after both mentions: both written, at least {@value #TITLE_WORDS}
     * identifying words in the shorter, every one of them in the longer. A title cut at its first
     * comma ({@code quy định chức năng, …}) is too short to tell two decisions apart.
     */
    static boolean sameTitle(Set<String> x, Set<String> y) {
        return Math.min(x.size(), y.size()) >= TITLE_WORDS && compatibleSubjects(x, y);
    }

    /** Edit distance counting a swap of neighbours as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
