package vn.soat.parse.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.ShareList;
import vn.soat.numbers.VietNumber;

/** Shares of one whole that should make 100% (docs/domain.md §6): {@code Cơ cấu kinh tế: nông nghiệp 65%; …}. */
final class Shares {

    @Examples(matches = {"«Cơ cấu kinh tế:» nông nghiệp 65%", "«cơ cấu lao động năm ####:» "},
            rejects = {"Cơ cấu kinh tế chuyển dịch.", "Cơ cấu kinh tế. Nông nghiệp: 65%", "cơ cấu; nông nghiệp: 65%"})
    static final Pattern START = Pattern.compile("(?<![\\p{L}])[Cc]ơ cấu[^.:;]{0,60}:");

    @Examples(matches = {"«65%»", "«5,03 %»", "«12,5%» còn lại"}, rejects = {"65 phần trăm", "5.03%"})
    static final Pattern PERCENT = Pattern.compile("(?<p>" + Quantity.NUM + ")\\s*%");

    private Shares() {
    }

    static List<ShareList> in(Paragraph paragraph) {
        String text = paragraph.masked();
        List<ShareList> found = new ArrayList<>();
        if (text.indexOf('%') < 0) {
            return found;
        }
        Matcher start = START.matcher(text);
        while (start.find()) {
            int end = Sentences.sentenceEnd(text, start.end());
            Matcher p = PERCENT.matcher(text.substring(start.end(), end));
            List<String> written = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            while (p.find()) {
                written.add(p.group("p") + "%");
                sum = sum.add(VietNumber.parse(p.group("p")).orElse(BigDecimal.ZERO));
            }
            if (written.size() >= 2) {
                found.add(new ShareList(sum.doubleValue(), String.join(" + ", written), VietNumber.format(sum) + "%",
                        paragraph.at(start.start()), paragraph.excerpt(start.start(), end)));
            }
        }
        return found;
    }
}
