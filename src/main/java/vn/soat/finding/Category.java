package vn.soat.finding;

/** What a finding is about (docs/findings.md), with the Vietnamese name a reader sees on pages and reports. */
public enum Category {
    FORMAT("Thể thức"),
    CITATION("Trích dẫn văn bản"),
    STRUCTURE("Bố cục, đề cương"),
    NUMBERS("Số liệu"),
    SIGNATURE("Chữ ký"),
    RECIPIENTS("Nơi nhận"),
    DOCUMENT("Tệp");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
