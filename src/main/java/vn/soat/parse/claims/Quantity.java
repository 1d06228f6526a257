package vn.soat.parse.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.numbers.VietNumber;
import vn.soat.text.VietText;

/**
 * A number with the word after it (its unit) and the word after that, which may complete the unit
 * ({@code 13 thỏa thuận}); {@code scale} is a written scale word ({@code 1.950 triệu}), empty if none.
 */
public record Quantity(BigDecimal value, String written, String scale, String unit, String unitWritten, String next,
        String nextWritten, int start) {

    /** A Vietnamese-format number (docs/domain.md §6), not a piece of a longer one. */
    @Examples(matches = {"«1.169» hộ", "«2.690,67» ha", "«5,03»%", "«01» đoàn", "«1.279.000» USD"},
            rejects = {"5.03", "1.16", "####"})
    public static final Pattern NUMBER = Pattern.compile(
            // The digit first: one test skips most characters before the look-behind is tried.
            "(?=\\d)(?<![\\d.,])(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)(?![\\d]|[.,]\\d)");
    static final String NUM = NUMBER.pattern();
    private static final String SCALE = "nghìn|ngàn|triệu|tỷ|tỉ";

    @Examples(matches = {"«13 thỏa thuận» quốc tế", "«1.950 triệu đồng»", "«5,03%»", "«49 đoàn vào»"},
            rejects = {"năm ####", "đoàn vào", "1.16 đoàn"})
    static final Pattern QUANTITY = Pattern.compile(
            "(?<num>" + NUM + ")(?:\\s+(?<scale>" + SCALE + "))?\\s*(?<unit>%|\\p{L}+)(?:\\s+(?<next>\\p{L}+))?");

    /** The quantities in a piece of masked text; offsets are moved by {@code offset}. Percentages are not quantities. */
    static List<Quantity> in(String text, int offset) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            if (m.group("unit").equals("%")) {
                continue;
            }
            BigDecimal value = VietNumber.parse(m.group("num")).orElse(null);
            if (value == null) {
                continue;
            }
            String written = m.group("num");
            String scale = m.group("scale") == null ? "" : m.group("scale");
            if (m.group("scale") != null) {
                value = value.multiply(BigDecimal.valueOf(VietNumber.scale(m.group("scale"))));
                written += " " + m.group("scale");
            }
            String next = m.group("next") == null ? "" : m.group("next");
            found.add(new Quantity(value, written, scale, unitKey(m.group("unit")), m.group("unit"), unitKey(next), next,
                    offset + m.start()));
        }
        return found;
    }

    /** The unit word as compared: lower case, new tone placement ({@code thoả} = {@code thỏa}); {@code hồ} ≠ {@code hộ}. */
    static String unitKey(String word) {
        return VietText.modernTones(word).toLowerCase(Locale.ROOT);
    }

    static BigDecimal sum(List<Quantity> group) {
        return group.stream().map(Quantity::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
