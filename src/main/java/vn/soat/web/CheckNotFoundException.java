package vn.soat.web;

/** No stored check has this id. */
public class CheckNotFoundException extends RuntimeException {

    public CheckNotFoundException(String id) {
        super("Không có lượt kiểm tra nào mang mã \"" + id + "\".");
    }
}
