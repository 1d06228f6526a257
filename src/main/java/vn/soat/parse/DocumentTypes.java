package vn.soat.parse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import vn.soat.rules.RuleFiles;
import vn.soat.rules.RuleLoadException;

/**
 * The document types of {@code rules/document-types.yaml} (Nghị định 30/2020/NĐ-CP, Điều 7 and
 * Phụ lục III, Mục I): the type line each is written with and the abbreviation its symbol carries.
 */
public record DocumentTypes(List<Type> types) {

    public static final String FILE = "document-types.yaml";
    /** The công văn: no type line, and no type code in its symbol. */
    public static final String LETTER = "CV";

    public record Type(String code, String name, boolean addressee, boolean articles, boolean report) {

        String foldedName() {
            return VietText.fold(name);
        }
    }

    public static DocumentTypes load(RuleFiles files) {
        RuleFiles.RuleFile file = files.list(FILE).stream().filter(f -> f.path().equals(FILE)).findFirst()
                .orElseThrow(() -> new RuleLoadException("Thiếu tệp " + files.describe() + "/" + FILE));
        try {
            DocumentTypes types = new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(file.content(), DocumentTypes.class);
            for (Type type : types.types()) {
                if (type.code() == null || type.code().isBlank() || type.name() == null || type.name().isBlank()) {
                    throw new RuleLoadException(files.describe() + "/" + FILE + ": mỗi loại văn bản cần code và name");
                }
            }
            if (types.byCode(LETTER).isEmpty() || types.byCode("BC").isEmpty()) {
                throw new RuleLoadException(files.describe() + "/" + FILE + ": thiếu loại CV (công văn) hoặc BC (báo cáo)");
            }
            return types;
        } catch (IOException e) {
            throw new RuleLoadException(files.describe() + "/" + FILE + ": " + e.getMessage(), e);
        }
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
            if (type.code().equals(LETTER) || !(folded.equals(name) || folded.startsWith(name + " "))) {
                continue;
            }
            if (best == null || name.length() > best.foldedName().length()) {
                best = type;
            }
        }
        return Optional.ofNullable(best);
    }
}
