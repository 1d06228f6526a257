package vn.soat.profile;

/** The user named a profile that does not exist. */
public class UnknownProfileException extends RuntimeException {

    public UnknownProfileException(String id, java.util.List<String> known) {
        super("không có mẫu đề cương \"" + id + "\"; các mẫu hiện có: " + String.join(", ", known));
    }
}
