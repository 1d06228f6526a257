package vn.soat.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.soat.text.VietText;

/**
 * A state symbol whose hyphen between the type abbreviation and the issuer was lost
 * ({@code 61/2018/NĐCP}, {@code 2468/QĐUBND}, {@code 30c/NQCP}; PDF text layers drop hyphens), with
 * its correct form ({@code 61/2018/NĐ-CP}). The joined code must start with the abbreviation of the
 * cited type (NĐ 30/2020 Phụ lục III) and end with a known issuer code, so a code that is one word
 * ({@code 285/CCTTHC}, {@code 12/TTCP}) and Party symbols ({@code 22-NQ/TW}) are left alone. Case is
 * not judged: {@code QĐTTG} gives {@code QĐ-TTg}, and {@code QĐ-TTG} alone is not reported.
 */
final class LostHyphen {

    /** Folded type word → its abbreviation in a symbol. */
    private static final Map<String, String> TYPE_CODES = Map.ofEntries(Map.entry("nghi dinh", "NĐ"),
            Map.entry("nghi quyet", "NQ"), Map.entry("quyet dinh", "QĐ"), Map.entry("thong tu", "TT"),
            Map.entry("thong tu lien tich", "TTLT"), Map.entry("chi thi", "CT"), Map.entry("ke hoach", "KH"),
            Map.entry("thong bao", "TB"), Map.entry("bao cao", "BC"), Map.entry("to trinh", "TTr"),
            Map.entry("huong dan", "HD"), Map.entry("de an", "ĐA"), Map.entry("chuong trinh", "CTr"),
            Map.entry("ket luan", "KL"), Map.entry("quy dinh", "QĐ"), Map.entry("cong dien", "CĐ"));
    /** Issuer codes in their own case, by their capitals. */
    private static final Map<String, String> ISSUERS = issuers("CP", "TTg", "UBND", "HĐND", "VPCP", "QH", "UBTVQH",
            "BNG", "BCA", "BQP", "BTC", "BNV", "BTTTT", "BKHĐT", "BTP", "BYT", "BGDĐT", "BCT", "BXD", "BGTVT", "BTNMT",
            "BNNPTNT", "BLĐTBXH", "BKHCN", "BVHTTDL", "NHNN", "TTCP", "KTNN", "BNNMT", "BDTTG");
    private static final Set<String> ALONE = Set.of("TTCP", "VPCP", "BTC", "BCA", "BCT", "BTP", "BNV");

    private LostHyphen() {
    }

    private static Map<String, String> issuers(String... codes) {
        Map<String, String> map = new java.util.HashMap<>();
        for (String code : codes) {
            map.put(code.toUpperCase(Locale.ROOT), code);
        }
        return Map.copyOf(map);
    }

    /** The symbol with its hyphen put back ({@code 61/2018/NĐCP} → {@code 61/2018/NĐ-CP}); empty when none was lost. */
    static String correct(String type, String numberSymbol) {
        String typeCode = TYPE_CODES.get(VietText.fold(type));
        int slash = numberSymbol.lastIndexOf('/');
        if (typeCode == null || slash < 0 || numberSymbol.indexOf('-') >= 0) {
            return "";
        }
        String last = numberSymbol.substring(slash + 1);
        String upper = last.toUpperCase(Locale.ROOT);
        String prefix = typeCode.toUpperCase(Locale.ROOT);
        if (!upper.startsWith(prefix) || ALONE.contains(upper)) {
            return "";
        }
        String issuer = ISSUERS.get(upper.substring(prefix.length()));
        return issuer == null ? "" : numberSymbol.substring(0, slash + 1) + typeCode + "-" + issuer;
    }
}
