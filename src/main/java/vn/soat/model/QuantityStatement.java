package vn.soat.model;

/**
 * A quantity stated as a number ({@code Số trường hợp bị bắt giữ: 19}) or as none
 * ({@code Không có trường hợp bị bắt giữ}). {@code key} is the first words of the quantity,
 * compared without accents; {@code topSection} the Roman section it sits in.
 */
public record QuantityStatement(String key, String phrase, double value, boolean none, String topSection,
        Location location, String excerpt) implements Located {
}
