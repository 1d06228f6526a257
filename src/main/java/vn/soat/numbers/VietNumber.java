package vn.soat.numbers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.soat.text.VietText;

/**
 * Numbers as Vietnamese documents write them (docs/domain.md §6): {@code .} groups thousands
 * only when exactly three digits follow ({@code 1.169}), {@code ,} is the decimal mark
 * ({@code 5,03}), leading zeros are normal ({@code 01}). A token that fits neither reading
 * ({@code 5.03}) is refused rather than guessed.
 */
public final class VietNumber {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(,\\d+)?");
    private static final Map<String, Integer> DIGIT_WORDS = Map.ofEntries(Map.entry("khong", 0), Map.entry("mot", 1),
Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("bon", 4), Map.entry("tu", 4),
            Map.entry("nam", 5), Map.entry("lam", 5), Map.entry("sau", 6), Map.entry("bay", 7), Map.entry("tam", 8),
            Map.entry("chin", 9));
    private static final Map<String, Double> SCALES = Map.of("nghin", 1e3, "ngan", 1e3, "trieu", 1e6, "ty", 1e9, "ti", 1e9);

    /**
     * One format per number of decimals and thread (a DecimalFormat may not be shared): building one for each total
     * and percentage of a report cost more than reading them.
     */
    private static final ThreadLocal<Map<Integer, DecimalFormat>> FORMATS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private VietNumber() {
    }

    /** The value of a written number token, or empty when it is not a Vietnamese-format number. */
    public static Optional<BigDecimal> parse(String token) {
        String t = token.strip();
        if (!digitsAndMarks(t)) {
            return Optional.empty(); // most tokens asked about are words: no need to meet the patterns
        }
        if (GROUPED.matcher(t).matches() || PLAIN.matcher(t).matches()) {
            return Optional.of(new BigDecimal(t.replace(".", "").replace(',', '.')));
        }
        return Optional.empty();
    }

    private static boolean digitsAndMarks(String t) {
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }

    /** Decimal places as written ({@code 5,03} → 2). */
    public static int decimals(String token) {
        int comma = token.indexOf(',');
        return comma < 0 ? 0 : token.length() - comma - 1;
    }

    /** The multiplier of a scale word ({@code triệu} → 10⁶), or 1. */
    public static double scale(String word) {
        return SCALES.getOrDefault(VietText.fold(word), 1.0);
    }

    /**
     * Small numbers in words, zero to ninety-nine: {@code ba}, {@code mười}, {@code mười lăm},
     * {@code hai mươi mốt}. Only used where a count is expected ({@code gồm ba đoàn:}); alone,
     * {@code năm} is as likely to mean "year".
     */
    public static Optional<Integer> parseWords(String words) {
        String[] w = VietText.fold(words).split("\\s+");
        if (w.length == 1) {
            if (w[0].equals("muoi")) {
                return Optional.of(10);
            }
            return Optional.ofNullable(DIGIT_WORDS.get(w[0])).filter(v -> v > 0);
        }
        int tens;
        int i;
        if (w[0].equals("muoi")) {
            tens = 10;
            i = 1;
        } else if (w.length >= 2 && DIGIT_WORDS.containsKey(w[0]) && w[1].equals("muoi")) {
            tens = DIGIT_WORDS.get(w[0]) * 10;
            i = 2;
        } else {
            return Optional.empty();
        }
        if (i == w.length) {
            return Optional.of(tens);
        }
        if (i + 1 == w.length) {
            Integer value = DIGIT_WORDS.get(w[i]);
            return value == null || value == 0 ? Optional.empty() : Optional.of(tens + value);
        }
        return Optional.empty();
    }

    /** Vietnamese format: {@code 1169} → {@code 1.169}, {@code 5.1325} with 2 decimals → {@code 5,13}. */
    public static String format(BigDecimal value, int decimals) {
        return FORMATS.get().computeIfAbsent(decimals, VietNumber::formatOf).format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    private static DecimalFormat formatOf(int decimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
    }

    public static String format(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return format(value, Math.max(0, stripped.scale()));
    }
}
