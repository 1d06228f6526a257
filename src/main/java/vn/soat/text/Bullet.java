package vn.soat.text;

import java.util.regex.Pattern;

/** The marks that start a list line: typed dashes and pluses, and the bullets Word and PDFs draw. */
public final class Bullet {

    /** A bullet at the start of a line, with the spaces after it. */
    public static final Pattern LEADING = Pattern.compile("^[-–—+•*·▪●◦‣⁃]\\s*");

    private Bullet() {
    }

    public static boolean starts(String text) {
        return LEADING.matcher(text.strip()).lookingAt();
    }

    public static String strip(String text) {
        return LEADING.matcher(text.strip()).replaceFirst("");
    }
}
