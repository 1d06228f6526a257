package vn.soat.extract;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import vn.soat.text.Roman;

/**
 * The numbers Word draws in front of list paragraphs ("I.", "1.", "a)", bullets). They are not
 * part of the text, yet a reader sees them and the outline depends on them, so they are computed
 * here: one counter per list and level, lower levels restarting when a higher one advances.
 */
final class ListNumbering {

    static final int LEVELS = 9;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** The label to put before the paragraph's text ("II. ", "- "), or empty when it is not a list item. */
    String labelFor(XWPFParagraph paragraph) {
        BigInteger list = paragraph.getNumID();
        String format = paragraph.getNumFmt();
        if (list == null || format == null || format.equals("none")) {
            return "";
        }
        if (format.equals("bullet")) {
            return "- ";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), LEVELS - 1);
        int[] count = counters.computeIfAbsent(list, id -> new int[LEVELS]);
        if (count[level] == 0 && paragraph.getNumStartOverride() != null) {
            count[level] = paragraph.getNumStartOverride().intValue() - 1;
        }
        count[level]++;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        String pattern = paragraph.getNumLevelText() == null ? "%" + (level + 1) + "." : paragraph.getNumLevelText();
        return render(pattern, level, format, count);
    }

    /**
     * The label for a level pattern in Word's form ({@code "%1.%2."}), the level's number format
     * ({@code upperRoman}, {@code decimal}…) and the current counters; shared with Word 97-2003 lists.
     */
    static String render(String pattern, int level, String format, int[] count) {
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                int referenced = pattern.charAt(++i) - '1';
                int value = referenced >= 0 && referenced < LEVELS ? count[referenced] : 0;
                label.append(referenced == level ? format(format, value) : Integer.toString(value));
            } else {
                label.append(c);
            }
        }
        return label.isEmpty() ? "" : label + " ";
    }

    private static String format(String format, int value) {
        return switch (format) {
            case "upperRoman" -> roman(value);
            case "lowerRoman" -> roman(value).toLowerCase(java.util.Locale.ROOT);
            case "upperLetter" -> letter(value).toUpperCase(java.util.Locale.ROOT);
            case "lowerLetter" -> letter(value);
            case "decimalZero" -> String.format("%02d", value);
            default -> Integer.toString(value);
        };
    }

    /** Word writes nothing for a counter of 0 (a list started at 0), where {@link Roman} would write "0". */
    private static String roman(int value) {
        return value < 1 ? "" : Roman.of(value);
    }

    private static String letter(int value) {
        return value >= 1 && value <= 26 ? String.valueOf((char) ('a' + value - 1)) : Integer.toString(value);
    }
}
