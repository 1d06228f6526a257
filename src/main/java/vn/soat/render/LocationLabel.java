package vn.soat.render;

import java.util.ArrayList;
import java.util.List;
import vn.soat.model.Location;

/**
 * Where a finding is, as a reader looks for it: page, line and section, each only when known, or
 * "toàn văn bản" (the whole document) when none is. The terminal writes it short ({@code tr.2 dòng 14 mục II.3}),
 * the result page in words ({@code trang 2 · dòng 14 · mục II.3}).
 */
public enum LocationLabel {
    SHORT("tr.", " "),
    LONG("trang ", " · ");

    private final String page;
    private final String separator;

    LocationLabel(String page, String separator) {
        this.page = page;
        this.separator = separator;
    }

    public String of(Location location) {
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
        return parts.isEmpty() ? "toàn văn bản" : String.join(separator, parts);
    }
}
