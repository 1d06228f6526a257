package vn.soat.parse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.rulesdir.RuleLoadException;

/**
 * One YAML data file of the rules directory ({@code issuers.yaml}, {@code document-types.yaml},
 * {@code administrative-units.yaml}, {@code superseded-documents.yaml}) read strictly: a
 * missing file, a key the record does not know or a syntax error stops loading with the file's name.
 */
public final class DataFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private DataFile() {
    }

    public static <T> T read(RuleFiles files, String name, Class<T> type) {
        RuleFiles.RuleFile file = files.list(name).stream().filter(f -> f.path().equals(name)).findFirst()
                .orElseThrow(() -> new RuleLoadException("Thiếu tệp " + where(files, name)));
        try {
            return YAML.readValue(file.content(), type);
        } catch (IOException e) {
            throw new RuleLoadException(where(files, name) + ": " + e.getMessage(), e);
        }
    }

    public static String where(RuleFiles files, String name) {
        return files.describe() + "/" + name;
    }
}
