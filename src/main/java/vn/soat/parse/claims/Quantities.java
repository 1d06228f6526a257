package vn.soat.parse.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.Location;
import vn.soat.model.QuantityStatement;
import vn.soat.numbers.VietNumber;
import vn.soat.text.VietText;

/**
 * One quantity stated as a number and as none, to be compared across the report (docs/domain.md §6):
 * {@code Số trường hợp bị bắt giữ: 19}, {@code 19 trường hợp bị bắt giữ}, {@code Không có trường hợp bị bắt giữ}.
 * The quantity is named by at least five words: four ("trường hợp công dân") do not name it precisely enough.
 */
final class Quantities {

    @Examples(matches = {"«Số trường hợp bị bắt giữ trái phép: 19»", "«Số lượng lao động đi làm việc ở nước ngoài: 1.200»"},
            rejects = {"Số đoàn vào: 5", "Số trường hợp bị bắt giữ trái phép 19"})
    static final Pattern COUNTED_AS = Pattern.compile(
            "[Ss]ố(?:\\s+lượng)?\\s+(?<phrase>\\p{L}+(?:\\s+\\p{L}+){4,11})\\s*:\\s*(?<n>" + Quantity.NUM + ")");

    @Examples(matches = {"«19 trường hợp bị bắt giữ trái phép»", "có «5 lao động đi làm việc ở nước ngoài» nay"},
            rejects = {"19 trường hợp công dân", "19%"})
    static final Pattern COUNT_BEFORE = Pattern.compile("(?<n>" + Quantity.NUM + ")\\s+(?<phrase>\\p{L}+(?:\\s+\\p{L}+){4,7})");

    @Examples(matches = {"«Không có trường hợp bị bắt giữ trái phép»", "«chưa có lao động đi làm việc ở nước ngoài».",
            "«Không phát sinh vụ việc công dân bị bắt giữ»"},
            rejects = {"Không có.", "không có trường hợp nào", "khôngcó trường hợp bị bắt giữ trái phép"})
    static final Pattern NONE = Pattern.compile(
            // The first letter before the look-behind: one test skips most characters.
            "(?=[KkCc])(?<![\\p{L}])(?:[Kk]hông có|[Cc]hưa có|[Kk]hông phát sinh)\\s+(?<phrase>\\p{L}+(?:\\s+\\p{L}+){4,7})");

    private static final int KEY_WORDS = 5;

    private Quantities() {
    }

    static List<QuantityStatement> in(Paragraph paragraph) {
        return in(paragraph, Claims.hasDigit(paragraph.masked()));
    }

    /** The statements of a paragraph; {@code digits}: whether its masked text holds a digit (the caller knows). */
    static List<QuantityStatement> in(Paragraph paragraph, boolean digits) {
        String text = paragraph.masked();
        List<QuantityStatement> found = new ArrayList<>();
        if (text.contains("hông có") || text.contains("hưa có") || text.contains("hông phát sinh")) {
            Matcher none = NONE.matcher(text);
            while (none.find()) {
                found.add(statement(paragraph, none.start(), none.end(), none.group("phrase"), 0, true));
            }
        }
        if (!digits) {
            return found;
        }
        // COUNTED_AS's many words were tried at every "số" of a paragraph, only to miss the colon.
        if (text.indexOf(':') >= 0) {
            Matcher m = COUNTED_AS.matcher(text);
            while (m.find()) {
                addCount(found, paragraph, m);
            }
        }
        Matcher m = COUNT_BEFORE.matcher(text).useTransparentBounds(true);
        DigitStarts starts = new DigitStarts(text, ".,");
        for (int from = 0; starts.find(m, from); from = m.end()) {
            addCount(found, paragraph, m);
        }
        return found;
    }

    private static void addCount(List<QuantityStatement> found, Paragraph paragraph, Matcher m) {
        BigDecimal value = VietNumber.parse(m.group("n")).orElse(BigDecimal.ZERO);
        if (value.signum() > 0) {
            found.add(statement(paragraph, m.start(), m.end(), m.group("phrase"), value.doubleValue(), false));
        }
    }

    private static QuantityStatement statement(Paragraph paragraph, int start, int end, String phrase, double value,
            boolean none) {
        String[] words = VietText.fold(phrase).split(" ");
        String key = String.join(" ", Arrays.copyOf(words, KEY_WORDS));
        Location location = paragraph.at(start);
        String section = location.section();
        String top = section.contains(".") ? section.substring(0, section.indexOf('.')) : section;
        return new QuantityStatement(key, phrase, value, none, top, location, paragraph.excerpt(start, end));
    }
}
