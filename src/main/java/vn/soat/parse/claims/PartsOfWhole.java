package vn.soat.parse.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.PercentClaim;
import vn.soat.numbers.VietNumber;

/**
 * A part given with its share of a whole stated before it (docs/domain.md §6): {@code tổng số 1.169 hộ}
 * … {@code 60 hộ = 5,03%}. The whole may sit a few sentences before its part, and PDF gives no reliable
 * paragraph ends, so a section is read as one paragraph.
 */
final class PartsOfWhole {

    /** The whole: "tổng số 1.169 hộ", "tổng số đảng viên là 338 đảng viên" — not "tổng số hộ nghèo còn 93 hộ", a part. */
    @Examples(matches = {"«Tổng số 1.169 hộ», trong đó", "«tổng số đảng viên là 338 đảng» viên"},
            rejects = {"Tổng số hộ nghèo còn 93 hộ", "tổng số 93 hộ = 5,00%", "tổng số 60 hộ (5%)", "tổng số 60 hộ chiếm 5%"})
    static final Pattern WHOLE = Pattern.compile("[Tt]ổng số\\s+(?:(?:\\p{L}+\\s+){1,3}(?:là|có|đạt)\\s+)?(?<b>" + Quantity.NUM
            + ")\\s+(?<unit>\\p{L}++)(?!\\s*(?:=|chiếm|\\(|bằng))");

    @Examples(matches = {"«60 hộ = 5,03%»", "«93 hộ nghèo, chiếm 7,9%»", "«12 hộ (1%»)", "«5 đảng viên bằng 1,5%»"},
            rejects = {"60 hộ, tỷ lệ 5%", "60% hộ", "60 hộ = 5.03%"})
    static final Pattern PART = Pattern.compile("(?<a>" + Quantity.NUM + ")\\s+(?<unit>\\p{L}+)(?:\\s+\\p{L}+){0,3}?"
            + "\\s*(?:=|,?\\s*chiếm|,?\\s*bằng|\\()\\s*(?<p>" + Quantity.NUM + ")\\s*%");

    private PartsOfWhole() {
    }

    /** The claims of one section, read as one paragraph. */
    static List<PercentClaim> in(Paragraph section) {
        String text = section.masked();
        List<PercentClaim> found = new ArrayList<>();
        if (!section.text().contains("ổng số") || section.text().indexOf('%') < 0) {
            return found;
        }
        Matcher whole = WHOLE.matcher(text);
        while (whole.find()) {
            String unit = Quantity.unitKey(whole.group("unit"));
            BigDecimal base = VietNumber.parse(whole.group("b")).orElse(BigDecimal.ZERO);
            Matcher part = PART.matcher(text);
            part.region(whole.end(), text.length());
            while (part.find()) {
                if (!Quantity.unitKey(part.group("unit")).equals(unit)) {
                    continue;
                }
                BigDecimal a = VietNumber.parse(part.group("a")).orElse(null);
                if (a == null || base.signum() == 0 || a.compareTo(base) >= 0) {
                    continue;
                }
                Percentages.claim(section, part.start(), part.end(), a, base, part.group("a") + " " + part.group("unit"),
                        "tổng số " + whole.group("b") + " " + whole.group("unit"), part.group("p")).ifPresent(found::add);
            }
        }
        return found;
    }
}
