package vn.soat.parse.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.PercentClaim;

/** A written ratio with its percentage (docs/domain.md §6): {@code 05/08 (tỷ lệ 63%)}, {@code 06/09 vụ việc (đạt 67%)}. */
final class Ratios {

    @Examples(matches = {"«05/08 (tỷ lệ 63%)»", "«06/09 vụ việc (đạt 67%)»", "«36/40 (tỷ lệ 90%)» chỉ tiêu",
            "«3/4 xã ( 75,5 % )»"},
            rejects = {"ngày 05/08 (tỷ lệ 63%)", "1/05/08 (63%)", "05/08 (63 hộ)", "05/08 đoàn khách quốc tế đến thăm (63%)"})
    static final Pattern RATIO = Pattern.compile("(?<!ngày\\s)(?<![\\d/])(?<a>\\d{1,6})/(?<b>\\d{1,6})(?![/\\d])"
            + "(?:\\s+\\p{L}+){0,3}\\s*\\(\\s*(?:đạt tỷ lệ|tỷ lệ|đạt|bằng|chiếm)?\\s*(?<p>\\d+(?:,\\d+)?)\\s*%\\s*\\)");

    private Ratios() {
    }

    static List<PercentClaim> in(Paragraph paragraph) {
        String text = paragraph.masked();
        List<PercentClaim> found = new ArrayList<>();
        if (text.indexOf('%') < 0) {
            return found;
        }
        Matcher m = RATIO.matcher(text);
        while (m.find()) {
            BigDecimal a = new BigDecimal(m.group("a"));
            BigDecimal b = new BigDecimal(m.group("b"));
            if (b.signum() == 0 || a.compareTo(b) > 0) {
                continue;
            }
            Percentages.claim(paragraph, m.start(), m.end(), a, b, m.group("a") + "/" + m.group("b"), "", m.group("p"))
                    .ifPresent(found::add);
        }
        return found;
    }
}
