package vn.soat.text;

/** Roman numerals for section headings (I … XX). */
public final class Roman {

    private static final String[] NUMERALS = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
        "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};

    private Roman() {
    }

    /** The value of a well-formed numeral up to XX, or 0. */
    public static int value(String numeral) {
        for (int i = 1; i < NUMERALS.length; i++) {
            if (NUMERALS[i].equals(numeral)) {
                return i;
            }
        }
        return 0;
    }

    public static String of(int value) {
        return value >= 1 && value < NUMERALS.length ? NUMERALS[value] : Integer.toString(value);
    }
}
