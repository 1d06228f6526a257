package vn.soat.desk.round;

import java.util.List;
import vn.soat.model.LetterItem;
import vn.soat.model.RequestLetter;
import vn.soat.request.ReportRequest;

/**
 * What soát read from a round's uploaded request letter, as the round page and
 * {@code POST /api/v1/periods/{id}/request-letter} show it. Empty strings when the letter does not say.
 *
 * @param fileName     the uploaded file's name
 * @param numberSymbol the letter's number-symbol ({@code 559/SNgV-HTQT})
 * @param date         its date as written ({@code ngày 13 tháng 5 năm 2026})
 * @param subject      its summary line (trích yếu)
 * @param items        the items it asks for, in its own words, each with its label ({@code 1. Kết quả …})
 * @param deadline     its deadline as written ({@code trước ngày 18/6/2026}); the round's own deadline still wins
 */
public record LetterRead(String fileName, String numberSymbol, String date, String subject, List<String> items, String deadline) {

    public LetterRead {
        items = List.copyOf(items);
    }

    static LetterRead of(String fileName, ReportRequest request) {
        RequestLetter letter = request.letter().orElse(null);
        List<String> items = letter == null ? List.of() : letter.items().stream().map(LetterRead::item).toList();
        return new LetterRead(fileName, letter == null ? "" : letter.numberSymbol(), letter == null ? "" : letter.dateText(),
                letter == null ? "" : letter.subject(), items, request.deadline().map(d -> d.display()).orElse(""));
    }

    private static String item(LetterItem item) {
        String label = item.label().isBlank() ? "" : item.label() + (item.label().matches("[-+•]") ? " " : ". ");
        return (item.level() > 1 ? "    " : "") + label + item.words();
    }
}
