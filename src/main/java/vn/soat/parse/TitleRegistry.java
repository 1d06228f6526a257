package vn.soat.parse;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.soat.text.Chars;
import vn.soat.text.Regex;
import vn.soat.text.VietText;

/**
 * Signing titles: those of the issuer catalogue, the titles unit heads sign with under TL./TUQ., and titles
 * built the way Vietnamese titles are (PHÓ …, … TRƯỞNG, GIÁM ĐỐC …) for bodies the catalogue does not list.
 */
final class TitleRegistry {

    /**
     * An authority marker with or without its dot (PL-I Mục II.7 writes it "KT."); the dot and the space after it
     * are kept apart so that {@code KT BỘ TRƯỞNG} and {@code KT.CHỦ TỊCH} can be told from {@code KT. CHỦ TỊCH}.
     */
    static final Pattern MARKER = Pattern.compile("^(TM|KT|Q|TL|TUQ)(?:(\\.)(\\s*)|\\s+)(\\S.*)$");
    private static final String[] TITLE_STARTS = {"CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG", "CHÁNH ", "BÍ THƯ", "PHÓ ",
        "THỦ TƯỚNG", "THỐNG ĐỐC", "CHỦ NHIỆM", "TỔNG THANH TRA", "TỔNG THƯ KÝ", "TỔNG BIÊN TẬP", "TỔNG GIÁM ĐỐC"};
    private static final Pattern HEAD_OF_UNIT = Regex.compile(
            "^(TỔNG |CHI )?(CỤC|VỤ|VIỆN|HIỆU|CHỈ HUY|BỘ|THỨ|HẠT|ĐỘI|TRẠM) TRƯỞNG\\b.*");
    private static final Pattern NUMBERED = Pattern.compile("^([IVXLC]+|\\d+|\\p{L})[.)]\\s.*");
    // Compiled once: normalise runs for every upper-case unit of a document, several times.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[.:;,]+$");
    private static final Pattern WITH_DIGIT = Pattern.compile(".*\\d.*");

    private final IssuerCatalogue catalogue;
    private final Set<String> titles;

    TitleRegistry(IssuerCatalogue catalogue) {
        this.catalogue = catalogue;
        this.titles = catalogue.allTitles().map(TitleRegistry::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /** Upper case, new tone placement, single spaces, {@code ", "} between the parts of a double title. */
    static String normalise(String title) {
        String text = VietText.modernTones(title).toUpperCase(Locale.ROOT);
        // Each replacement only where it can change something: most units have single spaces and no punctuation.
        if (text.contains("  ") || hasSpaceOtherThanBlank(text)) {
            text = SPACES.matcher(text).replaceAll(" ");
        }
        if (text.indexOf(',') >= 0) {
            text = COMMA.matcher(text).replaceAll(", ");
        }
        if (text.indexOf('.') >= 0 || text.indexOf(':') >= 0 || text.indexOf(';') >= 0 || text.indexOf(',') >= 0) {
            text = END_PUNCTUATION.matcher(text).replaceAll("");
        }
        return text.strip();
    }

    private static boolean hasSpaceOtherThanBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && Chars.isRegexSpace(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A whole unit that is a signing title, or an authority line whose marker lost its dot ({@code KT BỘ TRƯỞNG},
     * {@code TM ỦY BAN NHÂN DÂN}), so that the closing is found and the slip reported rather than the line lost.
     */
    boolean isTitle(String text) {
        if (!VietText.isUpperCase(text)) {
            return false;
        }
        String title = normalise(text);
        Matcher marker = MARKER.matcher(title);
        if (marker.matches() && marker.group(2) == null) {
            String rest = marker.group(4);
            return isBareTitle(rest) || (marker.group(1).equals("TM") && catalogue.naming(rest).names());
        }
        return isBareTitle(title);
    }

    /** Exactly a title the catalogue lists (not merely title-shaped). */
    boolean isListed(String text) {
        return titles.contains(normalise(text));
    }

    /** A title without marker: known, a double title of known parts ({@code BỘ TRƯỞNG, CHỦ NHIỆM}), or title-shaped. */
    boolean isBareTitle(String text) {
        String title = normalise(text);
        if (titles.contains(title)) {
            return true;
        }
        if (title.split(" ").length > 8 || WITH_DIGIT.matcher(title).matches() || NUMBERED.matcher(title).matches()) {
            return false;
        }
        if (title.contains(", ")) {
            return Arrays.stream(title.split(", ")).allMatch(this::isBareTitle);
        }
        for (String start : TITLE_STARTS) {
            if (title.startsWith(start) || title.equals(start.strip())) {
                return true;
            }
        }
        return HEAD_OF_UNIT.matcher(title).matches() || title.contains("TRƯỞNG PHÒNG") || title.contains("GIÁM ĐỐC");
    }
}
