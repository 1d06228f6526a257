package vn.soat.ingest;

/**
 * Why a file, or some of its pages, could not be read, as a finding says it: in Vietnamese for its {@code message}
 * and in English for its {@code messageEn} (docs/findings.md: the English message says the same). Both are
 * fragments in lower case without a final stop: {@code tệp PDF được đặt mật khẩu} / {@code the PDF is
 * password-protected}.
 *
 * @param vi the reason in Vietnamese, empty when there is none
 * @param en the same in English
 */
public record Reason(String vi, String en) {

    public static final Reason NONE = new Reason("", "");

    public Reason {
        vi = vi == null ? "" : vi;
        en = en == null ? "" : en;
    }

    public boolean isEmpty() {
        return vi.isEmpty() && en.isEmpty();
    }

    /** This reason, then the other after "; "; either alone when the other is empty. */
    public Reason and(Reason other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        return new Reason(vi + "; " + other.vi, en + "; " + other.en);
    }
}
