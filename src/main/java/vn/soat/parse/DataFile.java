package vn.soat.parse;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.rulesdir.RuleLoadException;

/**
 * One YAML data file of the rules directory ({@code issuers.yaml}, {@code document-types.yaml},
 * {@code administrative-units.yaml}, {@code superseded-documents.yaml}) read strictly: a
 * missing file, a key the record does not know or a syntax error stops loading with the file's name.
 */
public final class DataFile {

    /**
     * Strict YAML for every data file, profiles too: an unknown key is an error. A key left out takes its
     * type's default ({@code false}, 0), which Jackson 3 would otherwise refuse for primitives.
     */
    public static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private DataFile() {
    }

    public static <T> T read(RuleFiles files, String name, Class<T> type) {
        RuleFiles.RuleFile file = files.list(name).stream().filter(f -> f.path().equals(name)).findFirst()
                .orElseThrow(() -> new RuleLoadException("Thiếu tệp " + where(files, name)));
        try {
            return YAML.readValue(file.content(), type);
        } catch (JacksonException e) {
            throw new RuleLoadException(where(files, name) + ": " + e.getMessage(), e);
        }
    }

    public static String where(RuleFiles files, String name) {
        return files.describe() + "/" + name;
    }
}
