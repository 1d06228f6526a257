package vn.soat.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a fact sits in the extracted text: page (1-based, 0 = unknown), line (1-based),
 * the section it belongs to (e.g. {@code II.8}, empty outside sections) and character offsets.
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record Location(int page, int line, String section, int start, int end) {

    public static final Location DOCUMENT = new Location(0, 0, "", 0, 0);

    public Location {
        section = section == null ? "" : section;
    }
}
