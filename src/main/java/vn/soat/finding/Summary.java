package vn.soat.finding;

import java.util.List;

public record Summary(int errors, int warnings, int infos) {

    public static Summary of(List<Finding> findings) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (Finding finding : findings) {
            switch (finding.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
        }
        return new Summary(errors, warnings, infos);
    }
}
