package vn.soat.extract;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * The numbers Word 97-2003 draws in front of list paragraphs, counted as {@link ListNumbering} does
 * for DOCX. The binary format keeps a level's text with the placeholders 0–8 standing for the
 * numbers of levels 1–9, and its number format as a code (MS-DOC {@code nfc}).
 */
final class DocListNumbering {

    private final Map<Integer, int[]> counters = new HashMap<>();
    private final boolean hasListTables;

    /** {@code hasListTables}: the file has list tables at all (a paragraph may name a list in a file without). */
    DocListNumbering(boolean hasListTables) {
        this.hasListTables = hasListTables;
    }

    String labelFor(Paragraph paragraph) {
        if (!hasListTables || !paragraph.isInList()) {
            return "";
        }
        HWPFList list;
        try {
            list = paragraph.getList();
        } catch (java.util.NoSuchElementException e) {
            return ""; // a list reference to no list: Word shows no number either
        }
        if (list.getListData() == null || list.getListData().numLevels() == 0) {
            return "";
        }
        // A simple list has one level only, whatever level the paragraph names.
        int levels = Math.min(list.getListData().numLevels(), ListNumbering.LEVELS);
        char level = (char) Math.max(0, Math.min(paragraph.getIlvl(), levels - 1));
        String format = format(list.getNumberFormat(level));
        if (format.equals("none")) {
            return "";
        }
        if (format.equals("bullet")) {
            return "- ";
        }
        int[] count = counters.computeIfAbsent(paragraph.getIlfo(), id -> new int[ListNumbering.LEVELS]);
        if (count[level] == 0) {
            count[level] = Math.max(0, list.getStartAt(level) - 1);
        }
        count[level]++;
        for (int deeper = level + 1; deeper < ListNumbering.LEVELS; deeper++) {
            count[deeper] = 0;
        }
        String text = list.getNumberText(level);
        StringBuilder pattern = new StringBuilder();
        for (char c : (text == null ? "" + (char) level + "." : text).toCharArray()) {
            if (c < ListNumbering.LEVELS) {
                pattern.append('%').append((char) ('1' + c));
            } else {
                pattern.append(c);
            }
        }
        return ListNumbering.render(pattern.toString(), level, format, count);
    }

    /** MS-DOC 2.9.158 (nfc), the codes Word and LibreOffice write, as the OOXML names. */
    private static String format(int nfc) {
        return switch (nfc) {
            case 1 -> "upperRoman";
            case 2 -> "lowerRoman";
            case 3 -> "upperLetter";
            case 4 -> "lowerLetter";
            case 22 -> "decimalZero";
            case 23 -> "bullet";
            case 255 -> "none";
            default -> "decimal";
        };
    }
}
