package vn.soat.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import vn.soat.parse.DataFile;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.rulesdir.RuleLoadException;

/**
 * The per-case examples shipped with the rules: {@code rules/examples/<family>.yaml} holds, for cases of
 * {@code rules/<family>.drl} (each {@code rule} block, by its name), a short wrong text that raises the case at a
 * given line and a right text that does not raise its id. They are the documentation ({@code soat rules --explain},
 * the rules page) and the test ({@code RuleExamplesTest}) at once. A file's {@code before} (a correct header, say)
 * is put before each of its texts when checking them and is not shown; {@code line} counts from the first line of
 * {@code wrong}. A case that needs a binary file (a signed PDF, a scan, a corrupt file) names committed files instead:
 * {@code wrongFile} / {@code rightFile}, paths relative to the project root (the jar does not ship them, so the
 * explanation shows the file's path instead of a text); {@code before} does not apply to them, and {@code line} 0
 * says the finding in the file is tied to no line (pages read by OCR, say). A case judged against a request letter
 * ({@code soat check --request}) carries the letter: {@code letter} (its text) or {@code letterFile} (a committed
 * file, a path from the project root); both texts of the case are checked against it.
 */
public final class RuleExamples {

    static final String FOLDER = "examples/";

    /** One file of examples. */
    public record ExampleFile(String before, List<CaseExample> cases) {

        public ExampleFile {
            before = before == null ? "" : before;
            cases = cases == null ? List.of() : List.copyOf(cases);
        }
    }

    /**
     * The examples of one case: {@code wrong} raises the case at line {@code line} of {@code wrong}; {@code right}
     * (the same text corrected) raises no finding of the case's id. {@code wrongFile} / {@code rightFile} (paths
     * from the project root, or null) stand for {@code wrong} / {@code right} when the example is a binary file.
     * {@code letter} (a text) or {@code letterFile} (a path from the project root), or neither: the request letter
     * both are checked against.
     */
    public record CaseExample(@com.fasterxml.jackson.annotation.JsonProperty("case") String caseName, String wrong,
            int line, String right, String wrongFile, String rightFile, String letter, String letterFile) {

        /** Whether the case is checked against a request letter. */
        public boolean hasLetter() {
            return letter != null || letterFile != null;
        }

        /** The request letter as a reader sees it: its text, "Tệp: " and the file's path, or "" without a letter. */
        public String shownLetter() {
            return letterFile != null ? "Tệp: " + letterFile : letter == null ? "" : letter;
        }

        /** The wrong example as a reader sees it: its text, or "Tệp: " and the file's path. */
        public String shownWrong() {
            return wrongFile == null ? wrong : "Tệp: " + wrongFile;
        }

        public String shownRight() {
            return rightFile == null ? right : "Tệp: " + rightFile;
        }
    }

    /** A case's examples with the file they came from and the text that goes before them. */
    public record Located(String file, String before, CaseExample example) {

        /** The wrong text as it is checked. */
        public String wrongText() {
            return before + example.wrong();
        }

        public String rightText() {
            return before + example.right();
        }

        /** The line of the whole checked text that the finding must be at. */
        public int expectedLine() {
            return example.wrongFile() != null ? example.line() : (int) before.lines().count() + example.line();
        }
    }

    private final Map<String, Located> byCase;

    private RuleExamples(Map<String, Located> byCase) {
        this.byCase = byCase;
    }

    /**
     * Reads every {@code examples/*.yaml} of the rules directory.
     *
     * @throws RuleLoadException for a file that does not parse, a case given twice, or an example without its texts
     */
    public static RuleExamples load(RuleFiles files) {
        Map<String, Located> byCase = new LinkedHashMap<>();
        for (RuleFiles.RuleFile file : files.list(".yaml")) {
            if (!file.path().startsWith(FOLDER)) {
                continue;
            }
            String where = files.describe() + "/" + file.path();
            ExampleFile examples;
            try {
                examples = DataFile.YAML.readValue(file.content(), ExampleFile.class);
            } catch (JacksonException e) {
                throw new RuleLoadException(where + ": " + e.getMessage(), e);
            }
            for (CaseExample example : examples.cases()) {
                if (example.caseName() == null || (example.wrong() == null) == (example.wrongFile() == null)
                        || (example.right() == null) == (example.rightFile() == null)
                        || example.line() < (example.wrongFile() == null ? 1 : 0)
                        || (example.letter() != null && example.letterFile() != null)) {
                    throw new RuleLoadException(where + ": mỗi ví dụ cần case, wrong hoặc wrongFile, line (từ 1; 0 cho tệp"
                            + " mà lỗi không gắn với dòng nào), right hoặc rightFile, và nhiều nhất một trong letter, letterFile");
                }
                if (byCase.put(example.caseName(), new Located(file.path(), examples.before(), example)) != null) {
                    throw new RuleLoadException(where + ": ví dụ của \"" + example.caseName() + "\" có hai lần");
                }
            }
        }
        return new RuleExamples(byCase);
    }

    public Optional<Located> of(String caseName) {
        return Optional.ofNullable(byCase.get(caseName));
    }

    public List<Located> all() {
        return new ArrayList<>(byCase.values());
    }
}
