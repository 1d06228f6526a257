package vn.soat.parse.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.soat.model.Breakdown;
import vn.soat.model.Location;
import vn.soat.numbers.VietNumber;

/**
 * A total and the groups of parts read for it, as a {@link Breakdown} fact when it is worth judging:
 * parts that exceed the total, or a complete split (at least two parts) that may fall short.
 */
final class Splits {

    private Splits() {
    }

    /**
     * @param groups parts separated by {@code ;}: parts of one split, or alternative splits of the total
     * @param anchor where the claim's keyword ({@code gồm}, {@code trong đó}) stands in the paragraph
     */
    static Optional<Breakdown> judge(Paragraph paragraph, Quantity total, List<List<Quantity>> groups,
            boolean exhaustive, int anchor, int end) {
        BigDecimal all = BigDecimal.ZERO;
        for (List<Quantity> group : groups) {
            all = all.add(Quantity.sum(group));
        }
        List<Quantity> reported = groups.get(0);
        for (List<Quantity> group : groups) {
            if (Quantity.sum(group).compareTo(total.value()) > 0) {
                reported = group;
                break;
            }
        }
        if (groups.size() > 1 && all.compareTo(total.value()) == 0) {
            return Optional.empty();
        }
        BigDecimal sum = Quantity.sum(reported);
        boolean judgeShortfall = exhaustive && groups.size() == 1 && reported.size() >= 2;
        if (sum.compareTo(total.value()) <= 0 && !judgeShortfall) {
            return Optional.empty();
        }
        String partsText = String.join(" + ", reported.stream().map(Quantity::written).toList());
        String unitName = unitName(total, reported);
        Location location = paragraph.at(total.start());
        return Optional.of(new Breakdown(total.value().doubleValue(), total.written() + " " + unitName, unitName,
                sum.doubleValue(), reported.size(), partsText, sumText(sum, total, reported) + " " + unitName, exhaustive,
                paragraph.anchor(anchor), location, paragraph.excerpt(total.start(), end)));
    }

    /** The sum in the writer's own scale ("1.950 triệu") when the total and every part use it. */
    private static String sumText(BigDecimal sum, Quantity total, List<Quantity> parts) {
        String scale = total.scale();
        if (!scale.isEmpty() && parts.stream().allMatch(p -> p.scale().equals(scale))) {
            return VietNumber.format(sum.divide(BigDecimal.valueOf(VietNumber.scale(scale)))) + " " + scale;
        }
        return VietNumber.format(sum);
    }

    /** "13 Thỏa thuận" when every part repeats the second word too, else "49 đoàn". */
    private static String unitName(Quantity total, List<Quantity> parts) {
        boolean shared = !total.next().isEmpty() && parts.stream().allMatch(p -> p.next().equals(total.next()));
        return shared ? total.unitWritten() + " " + total.nextWritten() : total.unitWritten();
    }
}
