package vn.soat.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.soat.model.Location;

/**
 * Where a finding is, as a reader looks for it: page, line and section, each only when known, or
 * "toàn văn bản" (the whole document) when none is. The terminal writes it short ({@code tr.2 dòng 14 mục II.3}),
 * the result page in words ({@code trang 2 · dòng 14 · mục II.3}), a drafted return comment inside its sentence
 * ({@code trang 2, dòng 14, mục II.3}).
 */
public enum LocationLabel {
    SHORT("tr.", " "),
    LONG("trang ", " · "),
    INLINE("trang ", ", ");

    private final String page;
    private final String separator;

    LocationLabel(String page, String separator) {
        this.page = page;
        this.separator = separator;
    }

    public String of(Location location) {
        return known(location).orElse("toàn văn bản");
    }

    /** The parts of the place that are known, or empty for a finding about the whole document. */
    public Optional<String> known(Location location) {
        List<String> parts = new ArrayList<>();
        if (location.page() > 0) {
            parts.add(page + location.page());
        }
        if (location.line() > 0) {
            parts.add("dòng " + location.line());
        }
        if (!location.section().isEmpty()) {
            parts.add("mục " + location.section());
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(separator, parts));
    }
}
