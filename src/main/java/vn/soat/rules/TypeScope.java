package vn.soat.rules;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import vn.soat.finding.Category;
import vn.soat.model.DocumentType;
import vn.soat.text.VietText;

/**
 * Which documents a rule applies to, from its {@code @types(...)} metadata: document-type codes of
 * {@code rules/document-types.yaml} ({@code "CV TTr"}), {@code REPORT} for every document the
 * report-only rules apply to (a BÁO CÁO, or a report written as a công văn), {@code ANY} to include
 * documents outside NĐ30 (Party, mass organisations), and {@code !CODE} to exclude a type.
 * Without {@code @types}, a rule applies to every NĐ30 document; NUMBERS and DOCUMENT rules, which
 * judge content rather than form, apply to any document.
 */
public record TypeScope(String spec, Set<String> included, Set<String> excluded, boolean any) {

    static final String REPORT = "report";
    static final String ANY = "any";

    public static TypeScope parse(String spec, Category category) {
        Set<String> tokens = Arrays.stream(spec.split("[\\s,]+")).filter(t -> !t.isBlank()).map(VietText::fold)
                .collect(Collectors.toSet());
        boolean any = tokens.remove(ANY) || category == Category.NUMBERS || category == Category.DOCUMENT;
        Set<String> excluded = tokens.stream().filter(t -> t.startsWith("!")).map(t -> t.substring(1))
                .collect(Collectors.toSet());
        tokens.removeIf(t -> t.startsWith("!"));
        return new TypeScope(spec.strip(), Set.copyOf(tokens), Set.copyOf(excluded), any);
    }

    public boolean appliesTo(DocumentType type) {
        if (type.outOfScope() && !any) {
            return false;
        }
        String code = VietText.fold(type.code());
        boolean included = this.included.isEmpty() || this.included.contains(code)
                || (this.included.contains(REPORT) && type.report());
        boolean excludedHere = excluded.contains(code) || (excluded.contains(REPORT) && type.report());
        return included && !excludedHere;
    }
}
