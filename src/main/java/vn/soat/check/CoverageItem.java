package vn.soat.check;

import vn.soat.model.ItemCoverage;

/** One item of the outline in a check result: what the page ticks as covered or missing. */
public record CoverageItem(String itemId, String name, String parentId, boolean required, boolean covered, int line,
        String coveredBy) {

    static CoverageItem of(ItemCoverage coverage) {
        return new CoverageItem(coverage.itemId(), coverage.itemName(), coverage.parentId(), coverage.required(),
                coverage.covered(), coverage.covered() ? coverage.location().line() : 0, coverage.coveredBy());
    }
}
