package vn.soat.bench;

import java.nio.file.Path;
import java.util.List;
import vn.soat.Fixtures;
import vn.soat.check.CheckResult;
import vn.soat.field.FieldExpectation;
import vn.soat.finding.Finding;

/**
 * Measures soát on a field-corpus folder against its reviewers' expectations: the share of ERROR/WARNING
 * findings judged wrong (goal under 5%) and the share of real defects found (goal at least 90%).
 * Usage: {@code bench/field-corpus.sh [FOLDER…]} (default fixtures/field and fixtures/field/holdout).
 */
public final class FieldCorpus {

    private FieldCorpus() {
    }

    public static void main(String[] args) {
        List<String> folders = args.length > 0 ? List.of(args) : List.of("fixtures/field", "fixtures/field/holdout");
        for (String folder : folders) {
            measure(Path.of(folder));
        }
        System.exit(0);
    }

    private static void measure(Path folder) {
        long judged = 0;
        long wrong = 0;
        long defects = 0;
        long missed = 0;
        List<Path> documents = FieldExpectation.documents(folder);
        System.out.println("== " + folder + " (" + documents.size() + " documents)");
        for (Path document : documents) {
            FieldExpectation expectation = FieldExpectation.of(document);
            CheckResult result = Fixtures.check(document);
            List<Finding> bad = expectation.wrong(result);
            List<String> lost = expectation.missed(result);
            judged += FieldExpectation.judged(result);
            wrong += bad.size();
            defects += expectation.expected().size();
            missed += lost.size();
            if (!bad.isEmpty() || !lost.isEmpty()) {
                System.out.printf("%-60s type %-4s wrong %s missed %s%n", document.getFileName(),
                        result.documentType().code(), bad.stream().map(f -> f.ruleId() + "@" + f.location().line()).toList(), lost);
            }
        }
        System.out.printf("ERROR/WARNING findings %d, judged wrong %d (%.1f%%; goal < 5%%)%n", judged, wrong,
                judged == 0 ? 0.0 : 100.0 * wrong / judged);
        System.out.printf("real defects %d, found %d (%.1f%%; goal >= 90%%)%n%n", defects, defects - missed,
                defects == 0 ? 100.0 : 100.0 * (defects - missed) / defects);
    }
}
