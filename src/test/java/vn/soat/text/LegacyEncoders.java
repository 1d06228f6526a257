package vn.soat.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.soat.text.LegacyVietnamese.Encoding;

/**
 * Samples and independent encoders for testing {@link LegacyVietnamese} ({@code LegacyVietnameseTest}) and for
 * writing legacy-encoded fixtures ({@code fixtures/tools/EncodeFixture.java}).
 *
 * <p>The encoders are written independently of the class under test: TCVN3 from a byte-indexed table
 * (TCVN 5712:1993, the VN3 subset, as listed by glibc's TCVN5712-1 charmap), VNI computed from the
 * canonical decomposition of each letter. convert(encode(x)) == x therefore cross-checks both tables.
 */
public final class LegacyEncoders {

    private LegacyEncoders() {
    }


    static final String TCVN3_NATIONAL_TITLE = "Céng hoµ x· héi chñ nghÜa ViÖt Nam";
    static final String TCVN3_MOTTO = "§éc lËp - Tù do - H¹nh phóc";
    static final String VNI_NATIONAL_TITLE = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam";
    static final String VNI_MOTTO = "Ñoäc laäp - Töï do - Haïnh phuùc";
    /** As typed in ".VnTimeH": lowercase codes drawn as capitals. */
    static final String TCVN3_UPPER_TITLE = "CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM";
    static final String TCVN3_UPPER_TITLE_HOA = "CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM";

    static final String NATIONAL_TITLE_HOA_GRAVE_ON_A = "Cộng hoà xã hội chủ nghĩa Việt Nam";
    static final String NATIONAL_TITLE = "Cộng hòa xã hội chủ nghĩa Việt Nam";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    /** ≥ 30 words; all six tones; ư ơ đ ă â ê ô; only capitals that TCVN3 can write (Ă Â Ê Ô Ơ Ư Đ or unaccented). */
    public static final String PARAGRAPH = nfc("Ngày 15 tháng 3 năm 2024, Uỷ ban nhân dân tỉnh đã tổ chức hội nghị "
            + "tổng kết công tác năm 2023. Kết quả thực hiện các chỉ tiêu kinh tế - xã hội đạt khá; thu ngân "
            + "sách vượt dự toán, đời sống của người dân được cải thiện rõ rệt, an ninh được giữ vững chắc chắn. "
            + "Ông Nguyễn Văn Ân, Phó Giám đốc Sở, đề nghị các đơn vị ưu tiên nguồn lực cho những việc cấp "
            + "bách và báo cáo kết quả trước ngày 30/6. Đơn vị nào chậm trễ sẽ bị nhắc nhở.");

    static final String ENGLISH = "The committee approved the annual budget report on Monday. All departments "
            + "must submit their quarterly results before the end of the month, including staffing figures.";
    static final String FRENCH = "Le comité a décidé de reporter la réunion à la semaine prochaine. Où est passé "
            + "le rapport élaboré par l'équipe ? Il était prévu pour être présenté à Noël, déjà approuvé.";
    static final String GERMAN = "Über die Prüfung für Bürger wurde schön geschrieben; die Größe der Übung ist "
            + "wählbar, und die Gebühren müssen bis März überwiesen werden.";

    /** TCVN3 byte → letter (VN3: 67 lowercase letters with diacritics + 7 capitals). */
    private static final String TCVN3_BY_BYTE = """
            A1 Ă  A2 Â  A3 Ê  A4 Ô  A5 Ơ  A6 Ư  A7 Đ
            A8 ă  A9 â  AA ê  AB ô  AC ơ  AD ư  AE đ
            B5 à  B6 ả  B7 ã  B8 á  B9 ạ
            BB ằ  BC ẳ  BD ẵ  BE ắ  C6 ặ
            C7 ầ  C8 ẩ  C9 ẫ  CA ấ  CB ậ
            CC è  CE ẻ  CF ẽ  D0 é  D1 ẹ
            D2 ề  D3 ể  D4 ễ  D5 ế  D6 ệ
            D7 ì  D8 ỉ  DC ĩ  DD í  DE ị
            DF ò  E1 ỏ  E2 õ  E3 ó  E4 ọ
            E5 ồ  E6 ổ  E7 ỗ  E8 ố  E9 ộ
            EA ờ  EB ở  EC ỡ  ED ớ  EE ợ
            EF ù  F1 ủ  F2 ũ  F3 ú  F4 ụ
            F5 ừ  F6 ử  F7 ữ  F8 ứ  F9 ự
            FA ỳ  FB ỷ  FC ỹ  FD ý  FE ỵ
            """;

    static Map<Character, Character> tcvn3ByByte() {
        String[] tokens = TCVN3_BY_BYTE.trim().split("\\s+");
        Map<Character, Character> byByte = new HashMap<>();
        for (int i = 0; i < tokens.length; i += 2) {
            byByte.put((char) Integer.parseInt(tokens[i], 16), nfc(tokens[i + 1]).charAt(0));
        }
        return byByte;
    }

    static String encodeTcvn3(String unicode) {
        Map<Character, Character> toByte = new HashMap<>();
        tcvn3ByByte().forEach((legacy, letter) -> toByte.put(letter, legacy));
        StringBuilder out = new StringBuilder();
        for (char c : nfc(unicode).toCharArray()) {
            if (c < 0x80) {
                out.append(c);
            } else if (toByte.containsKey(c)) {
                out.append(toByte.get(c));
            } else {
                throw new IllegalArgumentException("not writable in TCVN3: " + c);
            }
        }
        return out.toString();
    }

    static String encodeVni(String unicode) {
        StringBuilder out = new StringBuilder();
        for (char c : nfc(unicode).toCharArray()) {
            out.append(vniOf(c));
        }
        return out.toString();
    }

    private static final String TONES = "\u0300\u0309\u0303\u0301\u0323"; // grave, hook, tilde, acute, dot below

    /** VNI for one letter: stem (base, or ô/ö for the horn) + a mark that may also carry ^ or ˘. */
    private static String vniOf(char c) {
        if (c == 'đ' || c == 'Đ') {
            return c == 'đ' ? "ñ" : "Ñ";
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        char lowerBase = Character.toLowerCase(base);
        if (d.length() == 1 || "aeiouy".indexOf(lowerBase) < 0) {
            return String.valueOf(c);
        }
        int tone = 0;          // 0 none, 1 grave, 2 hook, 3 tilde, 4 acute, 5 dot below
        char modifier = 0;     // U+0302 circumflex, U+0306 breve, U+031B horn
        for (char m : d.substring(1).toCharArray()) {
            int t = TONES.indexOf(m);
            if (t >= 0) {
                tone = t + 1;
            } else {
                modifier = m;
            }
        }
        String lower;
        if (lowerBase == 'i' && tone > 0) {
            lower = String.valueOf("ìæóíò".charAt(tone - 1));
        } else if (lowerBase == 'y' && tone == 5) {
            lower = "î";
        } else {
            String stem = modifier == '\u031B' ? (lowerBase == 'o' ? "ô" : "ö") : String.valueOf(lowerBase);
            String marks = switch (modifier) {
                case '\u0302' -> "âàåãáä";
                case '\u0306' -> "êèúüéë";
                default -> "_øûõùï";
            };
            char mark = marks.charAt(tone);
            lower = mark == '_' ? stem : stem + mark;
        }
        return Character.isUpperCase(base) ? lower.toUpperCase(Locale.ROOT) : lower;
    }

    /** The 146 letters of Vietnamese: 12 vowels × 6 tones × 2 cases, plus đ Đ. */
    static List<String> allVietnameseLetters() {
        List<String> letters = new ArrayList<>();
        for (String vowel : nfc("a ă â e ê i o ô ơ u ư y").split(" ")) {
            for (String tone : new String[] {"", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"}) {
                String letter = nfc(vowel + tone);
                letters.add(letter);
                letters.add(letter.toUpperCase(Locale.ROOT));
            }
        }
        letters.add("đ");
        letters.add("Đ");
        return letters;
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    public static String encode(String unicode, Encoding encoding) {
        return encoding == Encoding.TCVN3 ? encodeTcvn3(unicode) : encodeVni(unicode);
    }
}
