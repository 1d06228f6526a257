package vn.soat.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import vn.soat.model.Location;

/**
 * A figure of the report for one indicator of its outline (docs/indicators.md), as the check result carries
 * it: the value and unit, where it was read and the words it was read from. When the report gives two different
 * values, or a value that is not exact ({@code khoảng 20}, {@code 10-15}, {@code gần 1,6 triệu USD}), the
 * indicator is {@code ambiguous}: no {@code value}, a {@code reason} in Vietnamese, and every reading.
 *
 * @param id the indicator's id in the profile
 * @param name its name ({@code Số đoàn ra})
 * @param itemId the outline item that declares it
 * @param value the value (absent when ambiguous); a count, or an amount in {@code unit}
 * @param unit the unit as the profile shows it ({@code đoàn}, {@code VND}, {@code USD})
 * @param location where the (first) reading is
 * @param text the clause it was read from, at most 300 characters
 * @param ambiguous true when no single exact value can be taken
 * @param reason why it is ambiguous; empty otherwise
 * @param readings every distinct reading when ambiguous; empty otherwise
 */
@JsonPropertyOrder({"id", "name", "itemId", "value", "unit", "ambiguous", "reason", "location", "text", "readings"})
public record Indicator(
        String id,
        String name,
        String itemId,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal value,
        String unit,
        Location location,
        String text,
        boolean ambiguous,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String reason,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Reading> readings) {

    public Indicator {
        reason = reason == null ? "" : reason;
        readings = readings == null ? List.of() : List.copyOf(readings);
    }

    /**
     * One place the report states the indicator.
     *
     * @param value the number as read (a range's low end; 0 for "không có")
     * @param unit the unit as the profile shows it
     * @param exact false for {@code khoảng}, {@code gần}, {@code trên}, a range
     * @param location where it is
     * @param text the clause it was read from
     */
    @JsonPropertyOrder({"value", "unit", "exact", "location", "text"})
    public record Reading(BigDecimal value, String unit, boolean exact, Location location, String text) {
    }
}
