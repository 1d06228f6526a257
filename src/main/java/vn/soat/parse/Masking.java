package vn.soat.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides dates, years and document numbers behind {@code #} (same length, so offsets stay valid)
 * before numbers are read: {@code 07/11/2022} is not three quantities, {@code năm 2021} not 2021 of
 * something, {@code 72/2015/NĐ-CP} not 72 of anything.
 */
final class Masking {

    private static final Pattern MASKED = Pattern.compile(
            VietDate.PATTERN
                    + "|\\d+(?:[/-][\\p{L}\\d&.]+)*/[\\p{L}\\d&.-]*\\p{L}[\\p{L}\\d&.-]*"
                    + "|(?<=năm\\s)\\d{4}|(?<=tháng\\s)\\d{1,2}|(?<=ngày\\s)\\d{1,2}(?:/\\d{1,2})?"
                    + "|(?<=[Ll]ần thứ\\s)\\p{L}+|\\b[A-Za-z]+-\\d+\\b|\\d{4}\\s*-\\s*\\d{4}",
            Pattern.UNICODE_CASE);

    private Masking() {
    }

    static String mask(String text) {
        Matcher m = MASKED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, "#".repeat(m.group().length()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
