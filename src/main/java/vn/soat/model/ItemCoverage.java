package vn.soat.model;

/**
 * Whether an item of the outline profile is covered, and by what. {@code parentName} is empty
 * for top-level items; {@code location} is where the item was found, or where it was expected.
 */
public record ItemCoverage(
        String profileId,
        String profileName,
        String itemId,
        String itemName,
        String parentId,
        String parentName,
        boolean required,
        boolean covered,
        String acceptedNames,
        String coveredBy,
        Location location,
        String excerpt) implements Located {

    public boolean isTopLevel() {
        return parentId.isEmpty();
    }
}
