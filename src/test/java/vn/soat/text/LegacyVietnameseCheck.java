package vn.soat.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.soat.text.LegacyVietnamese.Encoding;
import vn.soat.text.LegacyVietnamese;
import vn.soat.text.LegacyVietnameseTest;

/**
 * Checks for {@link LegacyVietnamese} runnable with plain javac/java (no JUnit). Also holds the
 * fixtures and the independent encoders that {@code LegacyVietnameseTest} reuses.
 *
 * <p>The encoders are written independently of the class under test: TCVN3 from a byte-indexed table
 * (TCVN 5712:1993, the VN3 subset, as listed by glibc's TCVN5712-1 charmap), VNI computed from the
 * canonical decomposition of each letter. convert(encode(x)) == x therefore cross-checks both tables.
 */
public final class LegacyVietnameseCheck {

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
    static final String PARAGRAPH = nfc("Ngày 15 tháng 3 năm 2024, Uỷ ban nhân dân tỉnh đã tổ chức hội nghị "
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

    // ---------------------------------------------------------------------------------------------

    private static int passed;

    public static void main(String[] args) {
        Map<Character, Character> byByte = tcvn3ByByte();
        check("TCVN3 reference table has 74 entries", byByte.size() == 74, byByte.size());
        byByte.forEach((legacy, letter) -> checkEquals("TCVN3 0x" + Integer.toHexString(legacy).toUpperCase(),
                String.valueOf(letter), LegacyVietnamese.convert(String.valueOf(legacy), Encoding.TCVN3)));

        int tcvn3Letters = 0;
        for (String letter : allVietnameseLetters()) {
            if (letter.equals(letter.toLowerCase(Locale.ROOT))) {
                checkEquals("TCVN3 round trip " + letter, letter,
                        LegacyVietnamese.convert(encodeTcvn3(letter), Encoding.TCVN3));
                tcvn3Letters++;
            }
            checkEquals("VNI round trip " + letter + " (" + encodeVni(letter) + ")", letter,
                    LegacyVietnamese.convert(encodeVni(letter), Encoding.VNI));
        }
        check("all 73 lowercase letters written in TCVN3", tcvn3Letters == 73, tcvn3Letters);

        checkEquals("TCVN3 national title", NATIONAL_TITLE_HOA_GRAVE_ON_A,
                LegacyVietnamese.convert(TCVN3_NATIONAL_TITLE, Encoding.TCVN3));
        checkEquals("TCVN3 motto", MOTTO, LegacyVietnamese.convert(TCVN3_MOTTO, Encoding.TCVN3));
        checkEquals("VNI national title", NATIONAL_TITLE, LegacyVietnamese.convert(VNI_NATIONAL_TITLE, Encoding.VNI));
        checkEquals("VNI motto", MOTTO, LegacyVietnamese.convert(VNI_MOTTO, Encoding.VNI));

        checkEquals(".VnTimeH title (tone stays where it was typed: HOÀ)", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                LegacyVietnamese.convertUpperCase(TCVN3_UPPER_TITLE, Encoding.TCVN3));
        checkEquals(".VnTimeH title typed HßA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                LegacyVietnamese.convertUpperCase(TCVN3_UPPER_TITLE_HOA, Encoding.TCVN3));

        for (Encoding encoding : Encoding.values()) {
            String legacy = encode(PARAGRAPH, encoding);
            check(encoding + " paragraph is 8-bit and differs from Unicode",
                    !legacy.equals(PARAGRAPH) && legacy.chars().allMatch(c -> c <= 0xFF), legacy);
            checkEquals(encoding + " paragraph round trip", PARAGRAPH, LegacyVietnamese.convert(legacy, encoding));
            checkEquals(encoding + " paragraph detected", Optional.of(encoding), LegacyVietnamese.detect(legacy));
        }
        check("paragraph has >= 30 words", PARAGRAPH.split("\\s+").length >= 30, PARAGRAPH.split("\\s+").length);

        checkEquals("detect TCVN3 title", Optional.of(Encoding.TCVN3), LegacyVietnamese.detect(TCVN3_NATIONAL_TITLE));
        checkEquals("detect TCVN3 motto", Optional.of(Encoding.TCVN3), LegacyVietnamese.detect(TCVN3_MOTTO));
        checkEquals("detect TCVN3 title + motto", Optional.of(Encoding.TCVN3),
                LegacyVietnamese.detect(TCVN3_NATIONAL_TITLE + "\n" + TCVN3_MOTTO));
        checkEquals("detect .VnTimeH title", Optional.of(Encoding.TCVN3), LegacyVietnamese.detect(TCVN3_UPPER_TITLE));
        checkEquals("detect VNI title", Optional.of(Encoding.VNI), LegacyVietnamese.detect(VNI_NATIONAL_TITLE));
        checkEquals("detect VNI motto", Optional.of(Encoding.VNI), LegacyVietnamese.detect(VNI_MOTTO));
        checkEquals("detect VNI title + motto", Optional.of(Encoding.VNI),
                LegacyVietnamese.detect(VNI_NATIONAL_TITLE + "\n" + VNI_MOTTO));
        checkEquals("detect VNI upper-case title", Optional.of(Encoding.VNI),
                LegacyVietnamese.detect(encodeVni(NATIONAL_TITLE.toUpperCase(Locale.ROOT))));

        checkEquals("detect empty string", Optional.empty(), LegacyVietnamese.detect(""));
        checkEquals("detect Unicode paragraph", Optional.empty(), LegacyVietnamese.detect(PARAGRAPH));
        checkEquals("detect decomposed Unicode paragraph", Optional.empty(),
                LegacyVietnamese.detect(Normalizer.normalize(PARAGRAPH, Normalizer.Form.NFD)));
        checkEquals("detect Unicode title + motto", Optional.empty(),
                LegacyVietnamese.detect(NATIONAL_TITLE + "\n" + MOTTO));
        checkEquals("detect English", Optional.empty(), LegacyVietnamese.detect(ENGLISH));
        checkEquals("detect French", Optional.empty(), LegacyVietnamese.detect(FRENCH));
        checkEquals("detect German", Optional.empty(), LegacyVietnamese.detect(GERMAN));
        checkEquals("detect two legacy words only", Optional.empty(), LegacyVietnamese.detect("Céng hoµ Nam"));

        checkEquals("soft hyphen is ư", "nước", LegacyVietnamese.convert("n\u00ADíc", Encoding.TCVN3));
        checkEquals("soft hyphen in Trường", "Trường", LegacyVietnamese.convert("Tr\u00ADêng", Encoding.TCVN3));
        for (Encoding encoding : Encoding.values()) {
            String plain = "Report No. 12/BC-UBND, 25% [2024] - OK";
            checkEquals(encoding + " passes other characters through", plain, LegacyVietnamese.convert(plain, encoding));
        }
        checkEquals("VNI capital base with lowercase mark", "ÁNH", LegacyVietnamese.convert("AùNH", Encoding.VNI));
        String converted = LegacyVietnamese.convert(TCVN3_NATIONAL_TITLE, Encoding.TCVN3);
        check("result is NFC", Normalizer.isNormalized(converted, Normalizer.Form.NFC), converted);

        checkEquals("font .VnTime", Optional.of(Encoding.TCVN3), LegacyVietnamese.fromFontName(".VnTime"));
        checkEquals("font .VnTimeH", Optional.of(Encoding.TCVN3), LegacyVietnamese.fromFontName(".VnTimeH"));
        checkEquals("font VNI-Times", Optional.of(Encoding.VNI), LegacyVietnamese.fromFontName("VNI-Times"));
        checkEquals("font Times New Roman", Optional.empty(), LegacyVietnamese.fromFontName("Times New Roman"));
        checkEquals("font PDF subset ABCDEF+.VnArialH,Bold", Optional.of(Encoding.TCVN3),
                LegacyVietnamese.fromFontName("ABCDEF+.VnArialH,Bold"));
        checkEquals("font null", Optional.empty(), LegacyVietnamese.fromFontName(null));
        check("upper-case font .VnTimeH", LegacyVietnamese.isUpperCaseFont(".VnTimeH"), ".VnTimeH");
        check("upper-case font .VnArialH", LegacyVietnamese.isUpperCaseFont(".VnArialH"), ".VnArialH");
        check("upper-case font ABCDEF+.VnTimeH,Bold", LegacyVietnamese.isUpperCaseFont("ABCDEF+.VnTimeH,Bold"), "");
        check("not upper-case font .VnTime", !LegacyVietnamese.isUpperCaseFont(".VnTime"), ".VnTime");
        check("not upper-case font VNI-Times", !LegacyVietnamese.isUpperCaseFont("VNI-Times"), "VNI-Times");
        check("not upper-case font Times New Roman", !LegacyVietnamese.isUpperCaseFont("Times New Roman"), "");

        System.out.println("All " + passed + " checks passed.");
    }

    static String encode(String unicode, Encoding encoding) {
        return encoding == Encoding.TCVN3 ? encodeTcvn3(unicode) : encodeVni(unicode);
    }

    private static void checkEquals(String name, Object expected, Object actual) {
        check(name, Objects.equals(expected, actual), "expected <" + expected + "> but was <" + actual + ">");
    }

    private static void check(String name, boolean ok, Object detail) {
        if (!ok) {
            throw new AssertionError(name + ": " + detail);
        }
        passed++;
        if (!name.startsWith("TCVN3 0x") && !name.contains("round trip ")) {
            System.out.println("ok  " + name);
        }
    }
}
