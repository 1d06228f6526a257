package vn.soat.finding;

/** What a reviewer does with the report: accept it, look at it, or send it back. */
public enum Verdict {
    PASSED("Đạt"), REVIEW("Cần xem xét"), RETURNED("Trả lại");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Verdict of(Summary summary) {
        if (summary.errors() > 0) {
            return RETURNED;
        }
        return summary.warnings() > 0 ? REVIEW : PASSED;
    }
}
