package vn.soat.parse.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.Breakdown;
import vn.soat.numbers.VietNumber;

/**
 * A total of two quantities whose parts carry both, in parentheses or after {@code với}:
 * {@code 03 đoàn với tổng số 29 lượt người, gồm 02 đoàn Nhật Bản (19 người) và 01 đoàn Hàn Quốc (08 người)}.
 * Both quantities are added up: the đoàn (02 + 01 = 03) and the people (19 + 08 = 27 ≠ 29).
 * The second is judged as a complete split only when every part carries it.
 */
final class PairedTotals {

    private static final String SECOND = "(?:\\s*,)?\\s*(?:\\(\\s*|với\\s+)(?:tổng số\\s+|tổng cộng\\s+)?(?<b>" + Quantity.NUM
            + ")\\s+(?<ub>\\p{L}+)(?:\\s+(?<ub2>\\p{L}+))?";

    @Examples(matches = {"«03 đoàn với tổng số 29 lượt người», gồm", "«03 đoàn (29 người»), gồm", "«2 đoàn, với 15 người»"},
            rejects = {"03 đoàn Nhật Bản (19 người)", "03 đoàn với đại biểu", "03 đoàn (tỷ lệ 5%)"})
    static final Pattern PAIR = Pattern.compile("(?<a>" + Quantity.NUM + ")\\s+(?<ua>\\p{L}+)" + SECOND);

    /** A part: its first quantity, a name without numbers, then its second quantity. */
    @Examples(matches = {"gồm «02 đoàn Nhật Bản (19 người») và", "«01 đoàn Hàn Quốc với 08 người»"},
            rejects = {"02 đoàn Nhật Bản và 01 đoàn Hàn Quốc", "02 đoàn Nhật Bản và 01 đoàn (tỷ lệ 8%)"})
    static final Pattern PART = Pattern.compile("(?<a>" + Quantity.NUM + ")\\s+(?<ua>\\p{L}+)(?:(?!\\d)[^();])*?" + SECOND);

    /** Between the total and its keyword: words and commas only, in the same clause. */
    @Examples(matches = {"«, gồm »02 đoàn", "« đến thăm, trong đó »02", "«, gồm: »02"}, rejects = {". Trong đó", "; gồm"})
    static final Pattern LEAD_IN = Pattern.compile("^[^.;:()\\d]{0,40}?(?<![\\p{L}])(?<keyword>trong đó|bao gồm|gồm)(?:\\s+có)?\\s*:?\\s");

    private PairedTotals() {
    }

    static List<Breakdown> in(Paragraph paragraph) {
        String text = paragraph.masked();
        List<Breakdown> found = new ArrayList<>();
        if (!text.contains("trong đó") && !text.contains("gồm")) {
            return found;
        }
        Matcher pair = PAIR.matcher(text);
        while (pair.find()) {
            Matcher lead = LEAD_IN.matcher(text).region(pair.end(), text.length());
            if (!lead.lookingAt()) {
                continue;
            }
            int partsEnd = Sentences.sentenceEnd(text, lead.end());
            String partsText = text.substring(lead.end(), partsEnd);
            Quantity first = quantity(pair, "a", "ua");
            Quantity second = quantity(pair, "b", "ub");
            List<List<Quantity>> firstParts = Totals.groupsOf(Sentences.blankParentheses(partsText), lead.end(), first.unit());
            List<List<Quantity>> secondParts = new ArrayList<>();
            int at = lead.end();
            for (String group : partsText.split(";", -1)) {
                List<Quantity> seconds = seconds(group, at, pair, second);
                if (!seconds.isEmpty()) {
                    secondParts.add(seconds);
                }
                at += group.length() + 1;
            }
            boolean exhaustive = Totals.exhaustive(lead.group("keyword"), partsText);
            int anchor = lead.start("keyword");
            if (!firstParts.isEmpty()) {
                Splits.judge(paragraph, first, firstParts, exhaustive, anchor, partsEnd).ifPresent(found::add);
            }
            if (!secondParts.isEmpty()) {
                boolean everyPart = count(secondParts) == count(firstParts);
                Splits.judge(paragraph, second, secondParts, exhaustive && everyPart, anchor, partsEnd).ifPresent(found::add);
            }
        }
        return found;
    }

    /** The second quantities of the parts in one group ({@code ;} separates groups), as parts of {@code total}. */
    private static List<Quantity> seconds(String group, int offset, Matcher pair, Quantity total) {
        List<Quantity> found = new ArrayList<>();
        Matcher part = PART.matcher(group);
        while (part.find()) {
            if (Quantity.unitKey(part.group("ua")).equals(Quantity.unitKey(pair.group("ua"))) && sameUnit(pair, part)) {
                found.add(new Quantity(value(part.group("b")), part.group("b"), "", total.unit(), total.unitWritten(),
                        total.next(), total.nextWritten(), offset + part.start("b")));
            }
        }
        return found;
    }

    private static int count(List<List<Quantity>> groups) {
        return groups.stream().mapToInt(List::size).sum();
    }

    private static Quantity quantity(Matcher m, String number, String unit) {
        String next = "ub".equals(unit) && m.group("ub2") != null ? m.group("ub2") : "";
        return new Quantity(value(m.group(number)), m.group(number), "", Quantity.unitKey(m.group(unit)),
                m.group(unit), Quantity.unitKey(next), next, m.start(number));
    }

    /** {@code (19 người)} is a part of {@code 29 lượt người} or of {@code 29 người}. */
    private static boolean sameUnit(Matcher total, Matcher part) {
        String unit = Quantity.unitKey(part.group("ub"));
        return unit.equals(Quantity.unitKey(total.group("ub")))
                || total.group("ub2") != null && unit.equals(Quantity.unitKey(total.group("ub2")));
    }

    private static BigDecimal value(String written) {
        return VietNumber.parse(written).orElse(BigDecimal.ZERO);
    }
}
