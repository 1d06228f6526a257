package vn.soat.parse;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.soat.text.VietText;

/**
 * Whether a recipient line names the requesting body, leniently (docs/domain.md §4):
 * abbreviations expanded ({@code Sở TT&TT} = {@code Sở Thông tin và Truyền thông}), accents and
 * tone placement ignored, and one name may be a shorter form of the other ({@code UBND huyện}
 * for {@code UBND huyện Định Hóa}).
 */
final class RequesterMatcher {

    // Compiled once: every recipient line and citation issuer is read into tokens.
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s;.]+");
    private static final Pattern TRAILING_COMMA = Pattern.compile(",$");
    private static final Pattern TOKEN_BREAK = Pattern.compile("[\\s,/-]+");
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("ubnd", "uy ban nhan dan"),
            Map.entry("hdnd", "hoi dong nhan dan"),
            Map.entry("tt&tt", "thong tin va truyen thong"),
            Map.entry("tttt", "thong tin va truyen thong"),
            Map.entry("sngv", "so ngoai vu"),
            Map.entry("snv", "so ngoai vu"),
            Map.entry("kh&dt", "ke hoach va dau tu"),
            Map.entry("khdt", "ke hoach va dau tu"),
            Map.entry("vhttdl", "van hoa the thao va du lich"),
            Map.entry("vh,tt&dl", "van hoa the thao va du lich"),
            Map.entry("ld-tb&xh", "lao dong thuong binh va xa hoi"),
            Map.entry("ldtbxh", "lao dong thuong binh va xa hoi"),
            Map.entry("ct", "chu tich"),
            Map.entry("pct", "pho chu tich"));
    private static final Set<String> NOISE = Set.of("va", "cac", "de", "b/c", "bc", "bao", "cao", "biet", "t/h", "th",
            "thuc", "hien", "gui", "kinh", "nhu", "tren", "dong", "chi");

    private RequesterMatcher() {
    }

    static boolean anyMatches(String requester, List<String> names) {
        Set<String> wanted = tokens(requester);
        if (wanted.size() < 2) {
            return false;
        }
        for (String name : names) {
            Set<String> candidate = tokens(name);
            if (candidate.size() >= 2 && (wanted.containsAll(candidate) || candidate.containsAll(wanted))) {
                return true;
            }
        }
        return false;
    }

    static Set<String> tokens(String name) {
        String folded = VietText.fold(BRACKETED.matcher(name).replaceAll(" "));
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : WORD_BREAK.split(folded)) {
            String bare = TRAILING_COMMA.matcher(word).replaceAll("");
            String expanded = ABBREVIATIONS.getOrDefault(bare, bare);
            for (String token : TOKEN_BREAK.split(expanded.replace("&", " va "))) {
                if (!token.isBlank() && !NOISE.contains(token)) {
                    tokens.add(token);
                }
            }
        }
        tokens.removeAll(Arrays.asList(""));
        return tokens;
    }
}
