package vn.soat.text;

/** Roman numerals, as section headings (I … XX) and Word's {@code upperRoman} lists write them. */
public final class Roman {

    private static final String[] NUMERALS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final int MAX = 3999;

    private Roman() {
    }

    /** The value of a well-formed upper-case numeral ({@code XIV} → 14), or 0 ({@code IIII}, {@code IC}, {@code ""}). */
    public static int value(String numeral) {
        int value = 0;
        int at = 0;
        for (int i = 0; i < NUMERALS.length && at < numeral.length(); i++) {
            while (numeral.startsWith(NUMERALS[i], at)) {
                value += VALUES[i];
                at += NUMERALS[i].length();
            }
        }
        return at == numeral.length() && value > 0 && of(value).equals(numeral) ? value : 0;
    }

    /** {@code 14} → {@code XIV}; a value outside 1–3999 is written in digits. */
    public static String of(int value) {
        if (value < 1 || value > MAX) {
            return Integer.toString(value);
        }
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                out.append(NUMERALS[i]);
                rest -= VALUES[i];
            }
        }
        return out.toString();
    }
}
