package vn.soat.reference;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import vn.soat.parse.DataFile;
import vn.soat.text.VietText;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.rulesdir.RuleLoadException;

/**
 * The replaced legal documents of {@code rules/superseded-documents.yaml}: each row names the old document by its
 * number-symbol (and, optionally, by the names it is cited by without a number), the document that replaced it, the
 * day the replacement took effect, the clause that says so and how the row was checked against the official text.
 * A row without a number, a replacement, a valid {@code effective} date or a source stops loading.
 */
public final class SupersededDocuments {

    static final String FILE = "superseded-documents.yaml";

    record Data(List<Row> documents) {
    }

    /** One replaced document, as the file writes it. */
    record Row(String number, List<String> names, String title, String replacedBy, String effective, String source,
            String verified) {

        List<String> namesOrNone() {
            return names == null ? List.of() : names;
        }
    }

    /** A row with its effective date read. */
    record Replaced(Row row, long effectiveDay, String effectiveShown) {
    }

    private final List<Replaced> rows;

    private SupersededDocuments(List<Replaced> rows) {
        this.rows = rows;
    }

    /** Reads {@code superseded-documents.yaml} of the rules directory. */
    public static SupersededDocuments load(RuleFiles files) {
        String where = DataFile.where(files, FILE);
        Data data = DataFile.read(files, FILE, Data.class);
        List<Row> documents = data.documents() == null ? List.of() : data.documents();
        return new SupersededDocuments(documents.stream().map(row -> checked(row, where)).toList());
    }

    private static Replaced checked(Row row, String where) {
        if (blank(row.number()) || blank(row.replacedBy()) || blank(row.source()) || blank(row.verified())) {
            throw new RuleLoadException(where + ": dòng " + row.number()
                    + " thiếu number, replacedBy, source hoặc verified");
        }
        try {
            LocalDate effective = LocalDate.parse(row.effective() == null ? "" : row.effective().strip());
            return new Replaced(row, effective.toEpochDay(),
                    effective.getDayOfMonth() + "/" + effective.getMonthValue() + "/" + effective.getYear());
        } catch (DateTimeParseException e) {
            throw new RuleLoadException(where + ": dòng " + row.number() + ": effective \"" + row.effective()
                    + "\" không đúng dạng YYYY-MM-DD", e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The row of a cited number-symbol, compared without accents, case or spaces. */
    Optional<Replaced> byNumber(String numberSymbol) {
        String wanted = key(numberSymbol);
        return wanted.isEmpty() ? Optional.empty()
                : rows.stream().filter(r -> key(r.row().number()).equals(wanted)).findFirst();
    }

    List<Replaced> rows() {
        return rows;
    }

    static String key(String text) {
        return VietText.fold(text).replaceAll("[^a-z0-9/]", "");
    }
}
