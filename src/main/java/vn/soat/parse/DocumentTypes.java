package vn.soat.parse;

import java.util.List;
import java.util.Optional;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.rulesdir.RuleLoadException;
import vn.soat.text.VietText;

/**
 * The document types of {@code rules/document-types.yaml} (Nghị định 30/2020/NĐ-CP, Điều 7 and
 * Phụ lục III, Mục I): the type line each is written with and the abbreviation its symbol carries.
 */
public record DocumentTypes(List<Type> types) {

    public static final String FILE = "document-types.yaml";
    /** The công văn: no type line, and no type code in its symbol. */
    public static final String LETTER = "CV";

    public record Type(String code, String name, boolean addressee, boolean articles, boolean report) {

        /** Folded once per name: the title search asks every type about each of a document's first lines. */
        private static final java.util.Map<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

        String foldedName() {
            return FOLDED.computeIfAbsent(name, VietText::fold);
        }
    }

    public static DocumentTypes load(RuleFiles files) {
        DocumentTypes types = DataFile.read(files, FILE, DocumentTypes.class);
        for (Type type : types.types()) {
            if (type.code() == null || type.code().isBlank() || type.name() == null || type.name().isBlank()) {
                throw new RuleLoadException(DataFile.where(files, FILE) + ": mỗi loại văn bản cần code và name");
            }
        }
        if (types.byCode(LETTER).isEmpty() || types.byCode("BC").isEmpty()) {
            throw new RuleLoadException(DataFile.where(files, FILE) + ": thiếu loại CV (công văn) hoặc BC (báo cáo)");
        }
        return types;
    }

    /** The type whose abbreviation this is, compared without accents or case ({@code QĐ} = {@code QD}). */
    public Optional<Type> byCode(String code) {
        String folded = VietText.fold(code);
        return types.stream().filter(t -> VietText.fold(t.code()).equals(folded)).findFirst();
    }

    /**
     * The named type (never CV) a line starts with, when the line is written in capitals as a type
     * line is: {@code KẾ HOẠCH}, {@code QUYẾT ĐỊNH}, or type and summary on one capitalised line.
     * The longest name wins ({@code BẢN GHI NHỚ} before {@code GHI NHỚ}).
     */
    public Optional<Type> byTypeLine(String folded) {
        Type best = null;
        for (Type type : types) {
            String name = type.foldedName();
            if (type.code().equals(LETTER) || !(folded.equals(name) || folded.startsWith(name) && folded.charAt(name.length()) == ' ')) {
                continue;
            }
            if (best == null || name.length() > best.foldedName().length()) {
                best = type;
            }
        }
        return Optional.ofNullable(best);
    }
}
