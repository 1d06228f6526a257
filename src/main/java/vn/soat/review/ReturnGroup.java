package vn.soat.review;

import vn.soat.finding.Category;
import vn.soat.finding.Finding;

/**
 * The headings under which a Sở reviewer lists the reasons for returning a report, in the order they
 * are written in a return comment. A finding's group follows from its category; the STRUCTURE and
 * SIGNATURE categories hold two kinds of reason each, told apart by rule id (never by message wording).
 */
enum ReturnGroup {
    FORM("Sai thể thức"),
    NUMBERS("Sai số liệu"),
    OUTLINE("Thiếu nội dung theo đề cương"),
    STRUCTURE("Sai bố cục, kỳ báo cáo"),
    AUTHORITY("Sai thẩm quyền ký"),
    DIGITAL_SIGNATURE("Sai chữ ký số"),
    RECIPIENTS("Sai nơi nhận"),
    CITATION("Sai trích dẫn"),
    FILE("Tệp không đọc được");

    final String label;

    ReturnGroup(String label) {
        this.label = label;
    }

    static ReturnGroup of(Finding finding) {
        Category category = finding.category();
        return switch (category) {
            case FORMAT -> FORM;
            case NUMBERS -> NUMBERS;
            case STRUCTURE -> finding.ruleId().equals("STR_SECTION_MISSING") ? OUTLINE : STRUCTURE;
            case SIGNATURE -> finding.ruleId().startsWith("SIG_DIGITAL_") ? DIGITAL_SIGNATURE : AUTHORITY;
            case RECIPIENTS -> RECIPIENTS;
            case CITATION -> CITATION;
            case DOCUMENT -> FILE;
        };
    }
}
