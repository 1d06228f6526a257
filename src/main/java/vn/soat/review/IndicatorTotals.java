package vn.soat.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.soat.check.CheckResult;
import vn.soat.profile.Indicator;

/**
 * The figures of a round's reports added up per indicator, for the desk's board (docs/indicators.md): a Sở
 * compiles the units' figures into its own report. An ambiguous figure is never added: it is counted apart,
 * with the files that hold one, so the reviewer reads those before using the total.
 */
public final class IndicatorTotals {

    private IndicatorTotals() {
    }

    /**
     * One row of the board's totals.
     *
     * @param id the indicator's id
     * @param name its name
     * @param unit the unit (an amount in VND and one in USD are two rows)
     * @param total the sum of the exact values
     * @param reports how many reports gave an exact value (0 included)
     * @param ambiguous how many reports gave an ambiguous one, left out of {@code total}
     * @param ambiguousFiles the files of those reports
     */
    public record Total(String id, String name, String unit, BigDecimal total, int reports, int ambiguous,
            List<String> ambiguousFiles) {
    }

    /** The totals of the results' indicators, in order of first appearance. */
    public static List<Total> of(List<CheckResult> results) {
        Map<String, Total> totals = new LinkedHashMap<>();
        for (CheckResult result : results) {
            for (Indicator indicator : result.indicators()) {
                String key = indicator.id() + " " + indicator.unit();
                Total before = totals.getOrDefault(key, new Total(indicator.id(), indicator.name(), indicator.unit(),
                        BigDecimal.ZERO, 0, 0, List.of()));
                totals.put(key, indicator.ambiguous() ? withAmbiguous(before, result.file()) : withValue(before, indicator.value()));
            }
        }
        return List.copyOf(totals.values());
    }

    private static Total withValue(Total t, BigDecimal value) {
        return new Total(t.id(), t.name(), t.unit(), t.total().add(value), t.reports() + 1, t.ambiguous(), t.ambiguousFiles());
    }

    private static Total withAmbiguous(Total t, String file) {
        List<String> files = new ArrayList<>(t.ambiguousFiles());
        files.add(file);
        return new Total(t.id(), t.name(), t.unit(), t.total(), t.reports(), t.ambiguous() + 1, List.copyOf(files));
    }
}
