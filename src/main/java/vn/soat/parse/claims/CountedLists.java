package vn.soat.parse.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.CountedList;
import vn.soat.numbers.VietNumber;
import vn.soat.text.Bullet;

/**
 * {@code gồm N …:} followed by its list (docs/domain.md §6), written inline ({@code gồm 3 xã: A, B và C.})
 * or as the bullet lines after it. Items longer than a name are not a list of names: no claim.
 */
final class CountedLists {

    private static final String WORD_NUMBER = "(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
            + "(?:\\s+(?:mươi|mốt|một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín)){0,2}";

    @Examples(matches = {"«gồm 3 xã: A, B và C». Năm", "«gồm ba đoàn: Lào, Thái Lan»;", "«bao gồm có 02 nước:»",
            "«gồm 4 nước: Nhật Bản, Hàn Quốc và Đài Loan»."},
            rejects = {"gồm 3 xã A, B và C", "gồm các xã: A, B", "ngồm 3 xã: A"})
    static final Pattern COUNTED = Pattern.compile("(?<![\\p{L}])(?:bao gồm|gồm)(?:\\s+có)?\\s+(?<n>\\d+|" + WORD_NUMBER
            + ")\\s+(?<unit>\\p{L}+(?:\\s+\\p{L}+){0,3}?)\\s*:\\s*(?<list>[^;]*?)(?=\\.(?:\\s+\\p{Lu}|\\s*$)|;|$)");

    @Examples(matches = {"A«,» B", "B« và »C"}, rejects = {"Bà Rịa-Vũng Tàu", "vàng"})
    static final Pattern ITEM_SEPARATOR = Pattern.compile(",|\\s+và\\s+");

    private static final int MAX_ITEM_WORDS = 12;

    private CountedLists() {
    }

    /** The counted lists of paragraph {@code index}; a list left empty after its colon is read from the bullets that follow. */
    static List<CountedList> in(List<Paragraph> paragraphs, int index) {
        Paragraph paragraph = paragraphs.get(index);
        String text = paragraph.masked();
        List<CountedList> found = new ArrayList<>();
        if (!text.contains("gồm")) {
            return found;
        }
        Matcher m = COUNTED.matcher(text);
        while (m.find()) {
            Integer declared = m.group("n").matches("\\d+") ? Integer.valueOf(m.group("n"))
                    : VietNumber.parseWords(m.group("n")).orElse(null);
            if (declared == null) {
                continue;
            }
            List<String> items = new ArrayList<>();
            String list = paragraph.text().substring(m.start("list"), m.end("list")).strip();
            if (!list.isEmpty()) {
                for (String item : ITEM_SEPARATOR.split(list)) {
                    if (!item.isBlank()) {
                        items.add(item.strip().replaceAll("[.;]+$", ""));
                    }
                }
            } else if (m.end() >= text.strip().length()) {
                for (int j = index + 1; j < paragraphs.size() && Bullet.starts(paragraphs.get(j).text()); j++) {
                    items.add(Bullet.strip(paragraphs.get(j).text()));
                }
            }
            if (items.isEmpty() || items.stream().anyMatch(item -> item.split("\\s+").length > MAX_ITEM_WORDS)) {
                continue;
            }
            found.add(new CountedList(declared, items.size(), m.group("unit"), String.join("; ", items),
                    paragraph.anchor(m.start()), paragraph.at(m.start()), paragraph.excerpt(m.start(), m.end())));
        }
        return found;
    }
}
