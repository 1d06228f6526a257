package vn.soat.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.text.VietText;

/**
 * The number-symbol grammar (docs/citations.md). State documents are {@code NUM/TYPE-ORG(-UNIT)}
 * ({@code 1234/QĐ-UBND}) or, for a công văn, {@code NUM/ORG-UNIT} ({@code 2592/VPCP-QHQT});
 * legal normative documents and laws carry their year ({@code 15/2010/QĐ-UBND}, {@code 70/2020/QH14},
 * {@code 02/2016/TTLT-BNG-BNV}); Party and Youth Union documents are {@code NUM-TYPE/ORG(-UNIT)}
 * ({@code 22-NQ/TW}, {@code 367-QĐ/TWĐTN-VP}). Codes keep their own case ({@code SNgV}, {@code TTg})
 * and may hold {@code &} or a dot ({@code KT&HT}, {@code QĐ.UB}). {@link #VALID} and {@link #MALFORMED}
 * are real symbols the grammar must accept and reject; {@code CitationGrammarTest} asserts them.
 */
final class CitationGrammar {

    private static final String CODE = "[\\p{L}\\d&.]*[\\p{L}\\d]";
    /** A hyphen with a space typed beside it, before a capitals-only code ({@code NĐ- CP}): part of the symbol, malformed. */
    private static final String SPACED_HYPHEN = "(?:- | -)(?=\\p{Lu}[\\p{Lu}\\d]*(?![\\p{L}\\d]))";
    private static final Pattern SPACED = Pattern.compile("\\S" + SPACED_HYPHEN);
    /** The number-symbol as the scanner takes it: a number, then codes joined by slashes and hyphens, with a letter somewhere. */
    static final String NUMBER_SYMBOL = "\\d{1,6}(?:[a-z](?=/))?(?=(?: ?/ ?|[\\d/-])*\\p{L})(?:[/-]" + CODE + ")*(?: ?/ ?)"
            + CODE + "(?:(?:-|" + SPACED_HYPHEN + ")" + CODE + ")*";

    /** The year follows the number; what follows the year may be joined by a slash in older joint circulars ({@code 01/2001/TTLT/BNG-TCBĐ}). */
    private static final Pattern YEARED = Pattern.compile("^\\d+/(\\d{4})/\\p{L}");
    private static final Pattern STATE = Pattern.compile("^\\d+/(" + CODE + ")((?:-" + CODE + ")*)$");
    private static final Pattern PARTY = Pattern.compile("^\\d+-(" + CODE + ")/(" + CODE + ")(?:-" + CODE + ")*$");

    /** Party bodies that issue NUM-TYPE/ORG documents: Trung ương, Tỉnh ủy, Huyện ủy, Đảng ủy and the central boards. */
    private static final Set<String> PARTY_ORGS = Set.of("TW", "TƯ", "TU", "HU", "ĐU", "QU", "THU", "ĐUK", "BTGTW",
            "BTCTW", "BDVTW", "BKTTW", "UBKTTW", "VPTW", "BĐNTW", "BCSĐ");
    private static final Set<String> STATE_ORGS = Set.of("CP", "TTG", "UBND", "HĐND", "QH", "UBTVQH", "BNG", "BCA",
            "BQP", "BTC", "BNV", "BTTTT", "BKHĐT");
    private static final Set<String> YEARED_TYPES = Set.of("nghi dinh", "thong tu", "thong tu lien tich", "luat");
    private static final int FIRST_YEAR = 1945;
    private static final int LAST_YEAR = 2100;

    /** Type word and number-symbol as real documents cite them, every one well-formed. */
    static final List<Example> VALID = List.of(
            new Example("Quyết định", "15/2010/QĐ-UBND"), new Example("Quyết định", "09/2011/QĐ-UBND"),
            new Example("Quyết định", "1879/2013/QĐ-UBND"), new Example("Quyết định", "45/2006/QĐ-TTg"),
            new Example("Quyết định", "1610/QĐ-TTg"), new Example("Quyết định", "3287/QĐ-BNG"),
            new Example("Quyết định", "1255/QĐ-UBND-HC"), new Example("Quyết định", "01/1999/QĐ.UB"),
            new Example("Nghị định", "72/2015/NĐ-CP"), new Example("Nghị định", "09/2019/NĐ-CP"),
            new Example("Thông tư", "03/2025/TT-BNG"), new Example("Thông tư", "10/2022/TT-BLĐTBXH"),
            new Example("Thông tư liên tịch", "02/2009/TTLT-BNG-BNV"),
            new Example("Thông tư liên tịch", "144/2014/TTLT-BTC-BVHTTDL"),
            new Example("Thông tư liên tịch", "01/2001/TTLT/BNG-TCBĐ"), new Example("Luật", "70/2020/QH14"),
            new Example("Nghị quyết", "202/2025/QH15"), new Example("Nghị quyết", "179/2009/NQ-HĐND"),
            new Example("Nghị quyết", "01/NQ-CP"), new Example("Chỉ thị", "27/CT-TTg"),
            new Example("Chỉ thị", "274/CT-BVHTTDL"), new Example("Kế hoạch", "4350/KH-UBND"),
            new Example("Kế hoạch", "45/KH-STTTT"), new Example("Tờ trình", "1843/TTr-SVHTTDL"),
            new Example("Báo cáo", "192/BC-STP"), new Example("Thông báo", "114/TB-VPCP"),
            new Example("Hướng dẫn", "02/HD-SVHTTDL"), new Example("Đề án", "3020/ĐA-UBND"),
            new Example("Công văn", "2592/VPCP-QHQT"), new Example("Công văn", "6982/VPCP-QHQT"),
            new Example("Công văn", "559/SNgV-HTQT"), new Example("Công văn", "23/SNgV-LSLTBC"),
            new Example("Công văn", "1234/UBND-VX"), new Example("Công văn", "45/SNV-TCBC"),
            new Example("Công văn", "809/BNG-LS"), new Example("Công văn", "1151/TTg-KTTH"),
            new Example("Công văn", "3177/ĐA-BNG-BC"), new Example("Công văn", "56/SLĐTBXH-VP"),
            new Example("Công văn", "120/BTTTT-TTĐN"), new Example("Văn bản", "88/UBND-KT&HT"),
            new Example("Công văn", "285/CCTTHC"), new Example("Nghị quyết", "22-NQ/TW"),
            new Example("Chỉ thị", "15-CT/TW"), new Example("Kết luận", "16-KL/TW"),
            new Example("Kết luận", "121-KL/TW"), new Example("Báo cáo", "15-BC/HU"),
            new Example("Quy định", "206-QĐ/TU"), new Example("Hướng dẫn", "11-HD/VPTW"),
            new Example("Công văn", "8011-CV/BTCTW"), new Example("Chương trình hành động", "479-CTr/TU"),
            new Example("Quyết định", "367-QĐ/TWĐTN-VP"));

    /** Number-symbols that break the grammar for their kind. */
    static final List<Example> MALFORMED = List.of(
            new Example("Nghị quyết", "22/NQ-TW"), new Example("Chỉ thị", "15/CT-TW"),
            new Example("Kết luận", "16/KL-TW"), new Example("Kế hoạch", "12/KH-TU"),
            new Example("Nghị quyết", "31-NQ/CP"), new Example("Quyết định", "930-QĐ/TTg"),
            new Example("Nghị định", "72/NĐ-CP"), new Example("Thông tư", "03/TT-BNG"),
            new Example("Luật", "70/QH14"));

    /** Text after a type word that is not a number-symbol: dates, ratios, a number with a year only. */
    static final List<String> NOT_SYMBOLS = List.of("05/6/2013", "30-8-2025", "36/40", "12/2023", "250/2.000", "1.250/2.000");

    record Example(String type, String numberSymbol) {
    }

    private CitationGrammar() {
    }

    /** The year inside the number ({@code 72/2015/NĐ-CP} → 2015), 0 without one. */
    static int numberYear(String numberSymbol) {
        Matcher m = YEARED.matcher(numberSymbol);
        if (!m.find()) {
            return 0;
        }
        int year = Integer.parseInt(m.group(1));
        return year >= FIRST_YEAR && year <= LAST_YEAR ? year : 0;
    }

    /**
     * How the number-symbol breaks the grammar for its kind, in Vietnamese, naming the correct form
     * when it can; empty when it does not. {@code written} is the symbol as typed, spaces kept
     * ({@code 32/2020/NĐ- CP}); {@code numberSymbol} the same without them.
     */
    static String malformation(String type, String numberSymbol, String written) {
        if (SPACED.matcher(written).find()) {
            return "ký hiệu được viết \"" + written.strip() + "\", có khoảng trắng ở dấu gạch nối; viết đúng là " + numberSymbol;
        }
        String joined = LostHyphen.correct(type, numberSymbol);
        if (!joined.isEmpty()) {
            return "ký hiệu thiếu dấu gạch nối giữa tên loại văn bản và cơ quan ban hành; viết đúng là " + joined;
        }
        return malformation(type, numberSymbol);
    }

    /** How the number-symbol breaks the grammar for its kind, in Vietnamese; empty when it does not. */
    static String malformation(String type, String numberSymbol) {
        String upper = numberSymbol.toUpperCase(Locale.ROOT);
        Matcher party = PARTY.matcher(upper);
        if (party.matches() && STATE_ORGS.contains(party.group(2))) {
            return "văn bản của cơ quan nhà nước (" + party.group(2) + ") phải viết dạng số/" + party.group(1) + "-"
                    + party.group(2) + ", không viết theo kiểu văn bản của Đảng";
        }
        Matcher state = STATE.matcher(upper);
        if (state.matches() && state.group(2).length() > 1 && PARTY_ORGS.contains(state.group(2).substring(1))) {
            String number = numberSymbol.substring(0, numberSymbol.indexOf('/'));
            String kind = numberSymbol.substring(numberSymbol.indexOf('/') + 1, numberSymbol.lastIndexOf('-'));
            String org = numberSymbol.substring(numberSymbol.lastIndexOf('-') + 1);
            return "văn bản của Đảng phải viết dạng " + number + "-" + kind + "/" + org
                    + " (số-loại/cơ quan), không viết theo kiểu văn bản nhà nước";
        }
        if (YEARED_TYPES.contains(VietText.fold(type)) && numberYear(numberSymbol) == 0) {
            return type.toLowerCase(Locale.ROOT) + " là văn bản quy phạm pháp luật, số ký hiệu phải có năm ban hành (ví dụ 72/2015/NĐ-CP)";
        }
        return "";
    }
}
