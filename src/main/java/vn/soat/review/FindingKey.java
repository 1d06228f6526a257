package vn.soat.review;

import java.util.Locale;
import vn.soat.extract.TextNormalizer;
import vn.soat.finding.Finding;
import vn.soat.text.VietText;

/**
 * What makes two findings "the same finding" across two files of one unit, or a finding the one a
 * reviewer waived: the rule id, the case that fired (empty = any case, as a waiver names only the
 * id) and the excerpt in a normal form. Lines are not part of the key: a unit that adds a paragraph
 * shifts every line below it. The excerpt keeps its diacritics ({@code hạn} is not {@code Hàn}) but
 * is compared in NFC, with the new tone placement ({@code hoà} = {@code hòa}), lower case and single
 * spaces, so a file re-typed or re-saved in another program still matches.
 */
public record FindingKey(String ruleId, String caseName, String excerpt) {

    public FindingKey {
        ruleId = ruleId == null ? "" : ruleId.strip();
        caseName = caseName == null ? "" : caseName.strip();
        excerpt = normalise(excerpt);
    }

    /** The key of a finding, with its case. */
    public static FindingKey of(Finding finding) {
        return new FindingKey(finding.ruleId(), finding.caseName(), finding.excerpt());
    }

    /** A key that names no case: it matches every case of the rule with that excerpt. */
    public static FindingKey anyCase(String ruleId, String excerpt) {
        return new FindingKey(ruleId, "", excerpt);
    }

    /** Same rule and excerpt, and the same case unless either side names none. */
    public boolean matches(FindingKey other) {
        return ruleId.equals(other.ruleId) && excerpt.equals(other.excerpt)
                && (caseName.isEmpty() || other.caseName.isEmpty() || caseName.equals(other.caseName));
    }

    /** NFC, modern tone placement, lower case, runs of white space as one space, no trailing ellipsis. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String flat = VietText.modernTones(TextNormalizer.normalize(text))
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        // Finding excerpts are cut at 300 characters with an ellipsis; a waiver may quote the cut form.
        return flat.endsWith("…") ? flat.substring(0, flat.length() - 1).strip() : flat;
    }
}
