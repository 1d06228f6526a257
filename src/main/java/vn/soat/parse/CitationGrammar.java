package vn.soat.parse;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number-symbol grammar of docs/domain.md §5: Party documents are {@code NUM-TYPE/ORG}
 * ({@code 22-NQ/TW}), state documents {@code NUM/TYPE-ORG} ({@code 31/NQ-CP}); decrees,
 * circulars and laws carry their year ({@code 72/2015/NĐ-CP}, {@code 70/2020/QH14}).
 */
final class CitationGrammar {

    /** Party bodies that issue NUM-TYPE/ORG documents: Trung ương, Tỉnh ủy, Huyện ủy, Đảng ủy and the central boards. */
    private static final Set<String> PARTY_ORGS = Set.of("TW", "TƯ", "TU", "HU", "ĐU", "QU", "THU", "ĐUK", "BTGTW",
            "BTCTW", "BDVTW", "BKTTW", "UBKTTW", "VPTW", "BĐNTW", "BCSĐ");
    private static final Set<String> STATE_ORGS = Set.of("CP", "TTG", "UBND", "HĐND", "QH", "UBTVQH", "BNG", "BCA",
            "BQP", "BTC", "BNV", "BTTTT", "BKHĐT");
    private static final Set<String> YEARED_TYPES = Set.of("nghi dinh", "thong tu", "thong tu lien tich", "luat");
    private static final Pattern PARTY_FORM = Pattern.compile("^\\d+-([\\p{L}]+)/([\\p{L}\\d]+)$");
    private static final Pattern STATE_FORM_PARTY_ORG = Pattern.compile("^\\d+/([\\p{L}]+)-([\\p{L}]+)$");
    private static final Pattern YEAR = Pattern.compile("^\\d+/(\\d{4})/");

    private CitationGrammar() {
    }

    static int numberYear(String numberSymbol) {
        Matcher m = YEAR.matcher(numberSymbol);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** How the number-symbol breaks the grammar for its kind, in Vietnamese; empty when it does not. */
    static String malformation(String type, String numberSymbol) {
        String upper = numberSymbol.toUpperCase(java.util.Locale.ROOT);
        Matcher party = PARTY_FORM.matcher(upper);
        if (party.matches() && STATE_ORGS.contains(party.group(2))) {
            return "văn bản của cơ quan nhà nước (" + party.group(2) + ") phải viết dạng số/" + party.group(1) + "-"
                    + party.group(2) + ", không viết theo kiểu văn bản của Đảng";
        }
        Matcher mixed = STATE_FORM_PARTY_ORG.matcher(upper);
        if (mixed.matches() && PARTY_ORGS.contains(mixed.group(2))) {
            String number = numberSymbol.substring(0, numberSymbol.indexOf('/'));
            return "văn bản của Đảng phải viết dạng " + number + "-" + mixed.group(1) + "/" + mixed.group(2)
                    + " (số-loại/cơ quan), không viết theo kiểu văn bản nhà nước";
        }
        if (YEARED_TYPES.contains(VietText.fold(type)) && numberYear(numberSymbol) == 0) {
            return type.toLowerCase(java.util.Locale.ROOT) + " là văn bản quy phạm pháp luật, số ký hiệu phải có năm ban hành (ví dụ 72/2015/NĐ-CP)";
        }
        return "";
    }
}
