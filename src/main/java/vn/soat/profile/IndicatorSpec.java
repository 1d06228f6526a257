package vn.soat.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A figure a Sở compiles from the units' reports, declared on an outline item (rules/profiles/README.md,
 * "Indicators"; docs/indicators.md).
 *
 * @param id stable id, unique in the profile ({@code doan-ra})
 * @param name shown to users ({@code Số đoàn ra})
 * @param kind {@code count} (default): a number followed by its counted noun ({@code 3 đoàn ra}) or after the
 *        indicator's words ({@code Số đoàn ra: 03}); {@code amount}: a sum of money, a number with a currency
 *        after it, possibly some words after the indicator's words ({@code giá trị viện trợ đạt 1,6 triệu USD})
 * @param unit for a count, the unit shown and written after the number ({@code đoàn}); shorthand for
 *        {@code units: {đoàn: [đoàn]}}
 * @param units unit as shown → the words that write it after a number ({@code VND: [đồng, VNĐ]},
 *        {@code vụ việc: [vụ việc, trường hợp]})
 * @param words the phrases that name the indicator; {@code …} inside a phrase lets up to five other words stand
 *        there ({@code đoàn … đi công tác nước ngoài}); {@code {n}} marks the number that is the value and
 *        {@code #} any other number ({@code cử {n} đoàn}, {@code đón # đoàn … với {n} lượt})
 * @param inItem phrases that name the indicator only inside the section of its outline item
 *        ({@code dự án} under "Viện trợ phi chính phủ nước ngoài")
 */
public record IndicatorSpec(String id, String name, String kind, String unit, Map<String, List<String>> units,
        List<String> words, List<String> inItem) {

    public IndicatorSpec {
        inItem = inItem == null ? List.of() : List.copyOf(inItem);
        kind = kind == null || kind.isBlank() ? "count" : kind.strip();
        words = words == null ? List.of() : List.copyOf(words);
        Map<String, List<String>> all = new LinkedHashMap<>();
        if (unit != null && !unit.isBlank()) {
            all.put(unit.strip(), List.of(unit.strip()));
        }
        if (units != null) {
            units.forEach((shown, written) -> all.merge(shown, written == null ? List.of(shown) : List.copyOf(written),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList()));
        }
        units = java.util.Collections.unmodifiableMap(all);
    }

    public boolean isAmount() {
        return kind.equals("amount");
    }
}
