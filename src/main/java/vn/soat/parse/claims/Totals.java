package vn.soat.parse.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.Breakdown;
import vn.soat.text.VietText;

/**
 * A total with its breakdown (docs/domain.md §6): {@code 49 đoàn, trong đó 20 đoàn … và 29 đoàn …}.
 * The total is the last quantity of the clause before the keyword that has parts of the same unit
 * after it, up to the end of the sentence; parenthesised asides are not parts. Parts after
 * {@code gồm} (or complementary pairs such as trong nước / nước ngoài) are the complete split.
 */
final class Totals {

    @Examples(matches = {"49 đoàn, «trong đó »20 đoàn", "«gồm »02 đoàn", "«bao gồm có »3 xã", "«gồm có »5 xã"},
            rejects = {"bao gồmcó", "Trong đó, 3 đoàn", "ngồm 3", "trong đóng góp"})
    static final Pattern KEYWORD = Pattern.compile("(?=[tbg])(?<![\\p{L}])(trong đó|bao gồm|gồm)(?:\\s+có)?\\s");

    /**
     * A new predicate ends the list of parts: in "03 đoàn ra gồm 17 lượt người và đón 05 đoàn vào" the
     * đoàn vào are not a part of the đoàn ra.
     */
    @Examples(matches = {"gồm 17 lượt người« và đón »05 đoàn", "3 người« và đã tiếp »2 đoàn", "12 người«, tổ chức »3 hội nghị"},
            rejects = {"02 đoàn Nhật Bản và 01 đoàn Hàn Quốc", "và đoàn", "và đón tiếp"})
    static final Pattern NEW_PREDICATE = Pattern.compile(
            "(?:,|\\svà)\\s+(?:đã\\s+|đồng thời\\s+)?(?:đón|tiếp|cử|tổ chức|ký kết|ký|triển khai|thực hiện|phối hợp|"
                    + "hỗ trợ|giải quyết|cấp|tiếp nhận|xử lý|tham gia|thẩm định)\\s(?=\\d)");

    private Totals() {
    }

    static List<Breakdown> in(Paragraph paragraph) {
        String text = paragraph.masked();
        List<Breakdown> found = new ArrayList<>();
        if (!text.contains("trong đó") && !text.contains("gồm")) {
            return found;
        }
        Matcher keyword = KEYWORD.matcher(text);
        List<int[]> keywords = new ArrayList<>();
        List<String> words = new ArrayList<>();
        while (keyword.find()) {
            keywords.add(new int[] {keyword.start(), keyword.end()});
            words.add(keyword.group(1));
        }
        for (int k = 0; k < keywords.size(); k++) {
            int start = keywords.get(k)[0];
            int end = keywords.get(k)[1];
            int clauseStart = Sentences.clauseStart(text, start);
            // A breakdown's parts end where the next breakdown's clause begins: each part is read once.
            int partsEnd = Sentences.sentenceEnd(text, end);
            if (k + 1 < keywords.size()) {
                partsEnd = Math.min(partsEnd, Math.max(end, Sentences.clauseStart(text, keywords.get(k + 1)[0])));
            }
            Matcher predicate = NEW_PREDICATE.matcher(text).region(end, partsEnd);
            if (predicate.find()) {
                partsEnd = predicate.start();
            }
            String parts = Sentences.blankParentheses(text.substring(end, partsEnd));
            List<List<Quantity>> quantities = quantitiesOf(parts, end);
            List<Quantity> totals = Quantity.in(text.substring(clauseStart, start), clauseStart);
            for (int t = totals.size() - 1; t >= 0; t--) {
                Quantity total = totals.get(t);
                List<List<Quantity>> groups = ofUnit(quantities, total.unit());
                if (!groups.isEmpty()) {
                    Splits.judge(paragraph, total, groups, exhaustive(words.get(k), parts), start, partsEnd)
                            .ifPresent(found::add);
                    break;
                }
            }
        }
        return found;
    }

    /** The parts of the given unit, in groups separated by {@code ;}. */
    static List<List<Quantity>> groupsOf(String parts, int offset, String unit) {
        return ofUnit(quantitiesOf(parts, offset), unit);
    }

    /** Every quantity of the parts, in groups separated by {@code ;}. */
    private static List<List<Quantity>> quantitiesOf(String parts, int offset) {
        List<List<Quantity>> groups = new ArrayList<>();
        int at = offset;
        for (String group : parts.split(";", -1)) {
            groups.add(Quantity.in(group, at));
            at += group.length() + 1;
        }
        return groups;
    }

    private static List<List<Quantity>> ofUnit(List<List<Quantity>> quantities, String unit) {
        List<List<Quantity>> groups = new ArrayList<>();
        for (List<Quantity> group : quantities) {
            List<Quantity> same = group.stream().filter(q -> q.unit().equals(unit) || partOfPeople(unit, q.unit())).toList();
            if (!same.isEmpty()) {
                groups.add(same);
            }
        }
        return groups;
    }

    static boolean exhaustive(String keyword, String parts) {
        String folded = VietText.fold(parts);
        return !keyword.equals("trong đó")
                || folded.contains("trong nuoc") && folded.contains("nuoc ngoai")
                || folded.contains("trong tinh") && folded.contains("ngoai tinh")
                || MEN.matcher(parts).find() && WOMEN.matcher(parts).find();
    }

    /** "50 lượt người, trong đó 30 nam và 20 nữ": men and women are parts of a count of people. */
    private static boolean partOfPeople(String totalUnit, String partUnit) {
        return (totalUnit.equals("người") || totalUnit.equals("lượt")) && (partUnit.equals("nam") || partUnit.equals("nữ"));
    }

    /** Nam and nữ split people completely; {@code năm} (a year) keeps its marks, so it is not {@code nam}. */
    @Examples(matches = {"30 «nam» và 20 nữ", "«nam», nữ"}, rejects = {"năm 2024", "Nam Định", "phía nam"})
    static final Pattern MEN = Pattern.compile("(?<=\\d\\s)nam(?![\\p{L}])|^nam(?=,)");
    @Examples(matches = {"30 nam và 20 «nữ»"}, rejects = {"phụ nữ", "nữa"})
    static final Pattern WOMEN = Pattern.compile("(?<=\\d\\s)nữ(?![\\p{L}])");
}
