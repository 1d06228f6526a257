package vn.soat.parse.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.Breakdown;
import vn.soat.parse.VietText;

/**
 * A total with its breakdown (docs/domain.md §6): {@code 49 đoàn, trong đó 20 đoàn … và 29 đoàn …}.
 * The total is the last quantity of the clause before the keyword that has parts of the same unit
 * after it, up to the end of the sentence; parenthesised asides are not parts. Parts after
 * {@code gồm} (or complementary pairs such as trong nước / nước ngoài) are the complete split.
 */
final class Totals {

    @Examples(matches = {"49 đoàn, «trong đó »20 đoàn", "«gồm »02 đoàn", "«bao gồm có »3 xã", "«gồm có »5 xã"},
            rejects = {"bao gồmcó", "Trong đó, 3 đoàn", "ngồm 3", "trong đóng góp"})
    static final Pattern KEYWORD = Pattern.compile("(?<![\\p{L}])(trong đó|bao gồm|gồm)(?:\\s+có)?\\s");

    private Totals() {
    }

    static List<Breakdown> in(Paragraph paragraph) {
        String text = paragraph.masked();
        List<Breakdown> found = new ArrayList<>();
        if (!text.contains("trong đó") && !text.contains("gồm")) {
            return found;
        }
        Matcher keyword = KEYWORD.matcher(text);
        while (keyword.find()) {
            int clauseStart = Sentences.clauseStart(text, keyword.start());
            int partsEnd = Sentences.sentenceEnd(text, keyword.end());
            String parts = Sentences.blankParentheses(text.substring(keyword.end(), partsEnd));
            List<Quantity> totals = Quantity.in(text.substring(clauseStart, keyword.start()), clauseStart);
            for (int t = totals.size() - 1; t >= 0; t--) {
                Quantity total = totals.get(t);
                List<List<Quantity>> groups = groupsOf(parts, keyword.end(), total.unit());
                if (!groups.isEmpty()) {
                    Splits.judge(paragraph, total, groups, exhaustive(keyword.group(1), parts), keyword.start(), partsEnd)
                            .ifPresent(found::add);
                    break;
                }
            }
        }
        return found;
    }

    /** The parts of the given unit, in groups separated by {@code ;}. */
    static List<List<Quantity>> groupsOf(String parts, int offset, String unit) {
        List<List<Quantity>> groups = new ArrayList<>();
        int at = offset;
        for (String group : parts.split(";", -1)) {
            List<Quantity> same = Quantity.in(group, at).stream().filter(q -> q.unit().equals(unit)).toList();
            if (!same.isEmpty()) {
                groups.add(same);
            }
            at += group.length() + 1;
        }
        return groups;
    }

    static boolean exhaustive(String keyword, String parts) {
        String folded = VietText.fold(parts);
        return !keyword.equals("trong đó")
                || folded.contains("trong nuoc") && folded.contains("nuoc ngoai")
                || folded.contains("trong tinh") && folded.contains("ngoai tinh");
    }
}
