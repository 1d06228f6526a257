package vn.soat.model;

/**
 * Whether an item of the outline profile is covered, and by what. {@code parentName} is empty
 * for top-level items; {@code location} is where the item was found, or where it was expected.
 * An item that is not covered but that a heading or passage partly speaks of is {@code uncertain}:
 * {@code excerpt} is then that closest text, {@code evidenceKind} says whether it is a heading
 * ("đề mục") or a passage ("đoạn văn") and {@code score} how much of the item it holds (0–100).
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
        boolean uncertain,
        String acceptedNames,
        String coveredBy,
        String evidenceKind,
        int score,
        Location location,
        String excerpt) implements Located {

    private static final int CLOSEST_CHARS = 90;

    public boolean isTopLevel() {
        return parentId.isEmpty();
    }

    /** The closest text, short enough to quote in a message. */
    public String closest() {
        String flat = excerpt.strip().replaceAll("\\s+", " ");
        return flat.length() <= CLOSEST_CHARS ? flat : flat.substring(0, CLOSEST_CHARS - 1).strip() + "…";
    }

    public String evidenceKindEn() {
        return evidenceKind.equals("đề mục") ? "heading" : "passage";
    }
}
