package vn.soat.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Vietnamese text typed in the legacy 8-bit font encodings TCVN3 (ABC; fonts ".VnTime", ".VnTimeH"...)
 * and VNI (fonts "VNI-Times"...). Java has no charset for them: the font's bytes reach us as
 * Windows-1252/Latin-1 characters ("Céng hoµ x· héi", "Coäng hoøa xaõ hoäi"), and this class maps
 * those characters to Unicode (NFC).
 */
public final class LegacyVietnamese {

    public enum Encoding { TCVN3, VNI }

    /*
     * TCVN3 = the VN3 subset of TCVN 5712:1993: one byte per letter, all in 0xA1-0xFE. Parallel
     * strings grouped by vowel; inside a group the tones follow the byte order: grave, hook, tilde,
     * acute, dot below. U+00AD (soft hyphen) is "ư". VN3 has no capital toned letters: documents use
     * the ".Vn...H" fonts, whose lowercase slots draw capitals (see convertUpperCase).
     */
    private static final String TCVN3_UNICODE =
            "àảãáạ ăằẳẵắặ âầẩẫấậ èẻẽéẹ êềểễếệ ìỉĩíị òỏõóọ ôồổỗốộ ơờởỡớợ ùủũúụ ưừửữứự ỳỷỹýỵ đ ĂÂÊÔƠƯĐ";
    private static final String TCVN3_LEGACY =
            "µ¶·¸¹ ¨»¼½¾Æ ©ÇÈÉÊË ÌÎÏÐÑ ªÒÓÔÕÖ ×ØÜÝÞ ßáâãä «åæçèé ¬êëìíî ïñòóô \u00ADõö÷øù úûüýþ ® ¡¢£¤¥¦§";

    /*
     * VNI: a base letter followed by one Latin-1 mark character (the mark may carry circumflex or breve
     * and the tone at once), plus a few precomposed letters (ơ ư đ and some i/y forms). Pairs of
     * "Unicode VNI", lowercase only; the capital forms are the same strings upper-cased ("AÙ" = "Á").
     */
    private static final String VNI_PAIRS = """
            à aø  ả aû  ã aõ  á aù  ạ aï
            ă aê  ằ aè  ẳ aú  ẵ aü  ắ aé  ặ aë
            â aâ  ầ aà  ẩ aå  ẫ aã  ấ aá  ậ aä
            è eø  ẻ eû  ẽ eõ  é eù  ẹ eï
            ê eâ  ề eà  ể eå  ễ eã  ế eá  ệ eä
            ì ì   ỉ æ   ĩ ó   í í   ị ò
            ò oø  ỏ oû  õ oõ  ó où  ọ oï
            ô oâ  ồ oà  ổ oå  ỗ oã  ố oá  ộ oä
            ơ ô   ờ ôø  ở ôû  ỡ ôõ  ớ ôù  ợ ôï
            ù uø  ủ uû  ũ uõ  ú uù  ụ uï
            ư ö   ừ öø  ử öû  ữ öõ  ứ öù  ự öï
            ỳ yø  ỷ yû  ỹ yõ  ý yù  ỵ î
            đ ñ
            """;

    /** Frequent syllables of administrative Vietnamese; only those with diacritics are evidence. */
    private static final String COMMON_SYLLABLES = """
            của và các được có là không những trong một cho với người này đã để theo về năm ngày tháng
            cộng hoà hòa xã hội chủ nghĩa việt độc lập tự hạnh phúc số quyết định nghị thông tư văn bản
            báo cáo kết quả thực hiện nhiệm vụ kế hoạch đề uỷ ủy nhân dân tỉnh huyện phường quận thành
            phố thị trấn sở phòng giám đốc trưởng phó chức cán bộ đơn vị tổ chính phủ quốc nhà nước
            luật điều khoản mục tài ngân sách đồng triệu tỷ tỉ đầu xây dựng phát triển tế giáo dục sức
            khoẻ khỏe đất đai môi trường trật tình hình quý kỳ kì đến từ tại trên dưới trước đó nhằm đảm
            bảo tăng cường quản lý lí chỉ đạo tiếp tục tổng hợp nội cầu căn cứ ý kiến gửi nơi nhận lưu ký
            tên đóng dấu bốn sáu bảy tám chín mười mươi trăm nghìn cơ địa phương cấp giải đạt chương
            trình dự án vốn hoạt động lĩnh vực nông nghiệp lâm thuỷ thủy sản công dịch thương mại lịch
            hoá hóa thể truyền hỗ trợ việc làm đào tạo học lớp bệnh viện trạm gia đình hộ nghèo cận đây
            nào như cũng đều rất nhiều hơn thêm mới còn sẽ phải bị bởi vì nên nếu thì mà cùng giữa ngoài
            lại lên vào xuống đang vẫn chưa hết toàn tất cả mỗi từng chí ông bà chị tiêu luận biên tờ
            hướng dẫn quy chế giấy chứng phê duyệt thẩm thuế phí lệ bạc chất lượng tiến độ năng suất
            xuất khẩu nhập giá trị thấp tốt kinh sách vượt toán đời sống cải thiện rõ rệt giữ vững
            chắc chắn nguyễn nguồn lực bách khá ưu tác
            """;

    private static final int MAX_SEQUENCE = 2;
    private static final int MIN_COMMON_WORDS = 3;

    private static final Map<String, String> TCVN3 = tcvn3Table();
    private static final Map<String, String> VNI = vniTable();
    private static final Set<String> COMMON = Stream.of(COMMON_SYLLABLES.trim().split("\\s+"))
            .map(w -> Normalizer.normalize(w, Normalizer.Form.NFC))
            .filter(w -> w.chars().anyMatch(c -> c > 0x7F))
            .collect(Collectors.toUnmodifiableSet());

    private LegacyVietnamese() {
    }

    /** Encoding implied by a font name (".VnTime", ".VnTimeH", "VNI-Times"...), or empty. */
    public static Optional<Encoding> fromFontName(String fontName) {
        if (fontName == null) {
            return Optional.empty();
        }
        String name = baseFontName(fontName);
        if (name.regionMatches(true, 0, ".Vn", 0, 3)) {
            return Optional.of(Encoding.TCVN3);
        }
        if (name.regionMatches(true, 0, "VNI-", 0, 4) || name.regionMatches(true, 0, "VNI ", 0, 4)) {
            return Optional.of(Encoding.VNI);
        }
        return Optional.empty();
    }

    /** True for TCVN3 uppercase fonts (names ending in "H", e.g. ".VnTimeH", ".VnArialH") whose glyphs are capitals. */
    public static boolean isUpperCaseFont(String fontName) {
        return fromFontName(fontName).filter(e -> e == Encoding.TCVN3).isPresent()
                && baseFontName(fontName).endsWith("H");
    }

    /** Detects legacy text by character statistics; empty for proper Unicode Vietnamese, English, or too little evidence. */
    public static Optional<Encoding> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        // Text mixing Unicode Vietnamese with legacy runs is rejected as a whole (converting it would damage
        // the Unicode part): callers should detect per font run, line or paragraph.
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (isMostlyNative(nfc)) {
            return Optional.empty(); // already Unicode Vietnamese: no legacy reading can be convincing (see below)
        }
        List<String> words = words(nfc);
        long nativeWords = words.stream().filter(LegacyVietnamese::hasNativeLetter).count();
        Evidence tcvn3 = evidence(words, Encoding.TCVN3);
        Evidence vni = evidence(words, Encoding.VNI);
        Evidence best = tcvn3.common() >= vni.common() ? tcvn3 : vni;
        Evidence other = best == tcvn3 ? vni : tcvn3;
        boolean convincing = best.common() >= MIN_COMMON_WORDS
                && best.common() * 4 >= best.changed()  // most converted words are real syllables
                && best.common() > other.common()       // the other reading is worse
                && nativeWords * 10 <= best.common();   // text is not already Unicode Vietnamese
        return convincing ? Optional.of(best.encoding()) : Optional.empty();
    }

    /** Converts; result is NFC. Longest sequence first. Characters that are not part of the encoding pass through. */
    public static String convert(String text, Encoding encoding) {
        Map<String, String> table = encoding == Encoding.TCVN3 ? TCVN3 : VNI;
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int len = Math.min(MAX_SEQUENCE, s.length() - i);
            while (len > 0 && !table.containsKey(s.substring(i, i + len))) {
                len--;
            }
            if (len == 0) {
                out.append(s.charAt(i++));
            } else {
                out.append(table.get(s.substring(i, i + len)));
                i += len;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** convert, then upper-case (Vietnamese locale-safe) — for TCVN3 "H" fonts. */
    public static String convertUpperCase(String text, Encoding encoding) {
        // Locale.ROOT: Vietnamese has no special casing, and a default Turkish locale would break "i".
        return Normalizer.normalize(convert(text, encoding).toUpperCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    private record Evidence(Encoding encoding, int changed, int common) {
    }

    private static Evidence evidence(List<String> words, Encoding encoding) {
        int changed = 0;
        int common = 0;
        for (String word : words) {
            String converted = convert(word, encoding);
            if (!converted.equals(word)) {
                changed++;
                if (COMMON.contains(converted.toLowerCase(Locale.ROOT))) {
                    common++;
                }
            }
        }
        return new Evidence(encoding, changed, common);
    }

    /** Words as runs of letters, digits and any Latin-1 upper-half character (TCVN3 letters include "µ", "·", "§"...). */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isWordChar(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /**
     * More than a tenth of the {@link #words} have a {@link #hasNativeLetter native letter}: counted in one pass,
     * as almost every text is Unicode and needs no more.
     */
    private static boolean isMostlyNative(String text) {
        int words = 0;
        int nativeWords = 0;
        boolean inWord = false;
        boolean nativeWord = false;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && isWordChar(text.charAt(i));
            if (wordChar) {
                nativeWord |= isNativeLetter(text.charAt(i));
                inWord = true;
            } else if (inWord) {
                words++;
                nativeWords += nativeWord ? 1 : 0;
                inWord = false;
                nativeWord = false;
            }
        }
        return (long) nativeWords * 10 > words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || (c >= '\u00A1' && c <= '\u00FF')
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Letters that only proper Unicode Vietnamese has (never produced by reading legacy bytes as Latin-1). */
    private static boolean hasNativeLetter(String word) {
        return word.chars().anyMatch(LegacyVietnamese::isNativeLetter);
    }

    private static boolean isNativeLetter(int c) {
        return (c >= 0x1EA0 && c <= 0x1EF9) || "ĂăĐđĨĩŨũƠơƯư".indexOf(c) >= 0;
    }

    /** Drops a PDF subset prefix ("ABCDEF+.VnTime") and a style suffix (".VnTimeH,Bold", "VNI-Times-Bold"). */
    private static String baseFontName(String fontName) {
        return fontName.trim()
                .replaceFirst("^[A-Z]{6}\\+", "")
                .replaceFirst("(?i)[,-](Bold|Italic|BoldItalic|Oblique|BoldOblique|Regular)$", "")
                .replaceFirst(",.*$", "")
                .trim();
    }

    private static Map<String, String> tcvn3Table() {
        if (TCVN3_LEGACY.length() != TCVN3_UNICODE.length()) {
            throw new IllegalStateException("TCVN3 table strings differ in length");
        }
        Map<String, String> table = new HashMap<>();
        for (int i = 0; i < TCVN3_LEGACY.length(); i++) {
            char legacy = TCVN3_LEGACY.charAt(i);
            char unicode = TCVN3_UNICODE.charAt(i);
            if ((legacy == ' ') != (unicode == ' ')) {
                throw new IllegalStateException("TCVN3 table groups misaligned at " + i);
            }
            if (legacy != ' ') {
                table.put(String.valueOf(legacy), String.valueOf(unicode));
            }
        }
        return Map.copyOf(table);
    }

    private static Map<String, String> vniTable() {
        String[] tokens = VNI_PAIRS.trim().split("\\s+");
        Map<String, String> table = new HashMap<>();
        for (int i = 0; i < tokens.length; i += 2) {
            String unicode = tokens[i];
            String vni = tokens[i + 1];
            table.put(vni, unicode);
            table.put(vni.toUpperCase(Locale.ROOT), unicode.toUpperCase(Locale.ROOT));
        }
        // Tolerate a capital base with a lowercase mark ("Aù" for "Á"), seen when text was re-cased.
        for (int i = 0; i < tokens.length; i += 2) {
            String vni = tokens[i + 1];
            if (vni.length() == 2) {
                table.putIfAbsent(vni.substring(0, 1).toUpperCase(Locale.ROOT) + vni.charAt(1),
                        tokens[i].toUpperCase(Locale.ROOT));
            }
        }
        return Map.copyOf(table);
    }
}
