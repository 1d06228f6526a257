package vn.soat.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signer's name: two to six capitalised words, optionally after an academic title (which NĐ30 PL-I Mục II.7
 * does not allow before the name) or a military rank (which the armed forces may write there).
 */
final class PersonName {

    /**
     * Must match: {@code Nguyễn Văn A}, {@code HOÀNG VĂN BÌNH}, {@code TS. Lê Hà} (academic {@code TS}),
     * {@code Đại tướng Phan Văn Giang} (rank {@code Đại tướng}), {@code Thiếu tá Lê Văn Nam}.
     * Must not match: {@code Đã ký}, {@code (Đã ký)}, {@code Nơi nhận}, {@code Lê}.
     */
    private static final Pattern NAME = Pattern.compile(
            "^(?:(?<title>GS\\.?\\s*TSKH|GS\\.?\\s*TS|PGS\\.?\\s*TS|TSKH|TS|ThS|Ths|THS|PGS|GS|CN|KS|BS)\\.\\s*)?"
                    + "(?:(?<rank>(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy|uý)|(?:Chuẩn |Phó )?[Đđ]ô đốc)\\s+)?"
                    + "(?<name>\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*){1,5})$");

    private PersonName() {
    }

    static boolean matches(String text) {
        return parse(text).isPresent();
    }

    static Optional<Parsed> parse(String text) {
        Matcher m = NAME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(m.group("title") == null ? "" : m.group("title").strip(), m.group("name")));
    }

    record Parsed(String academicTitle, String name) {
    }
}
