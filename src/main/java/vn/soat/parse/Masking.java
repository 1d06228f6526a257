package vn.soat.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.text.Regex;

/**
 * Hides dates, years, ranges ({@code 10-15 đoàn}) and document numbers behind {@code #} (same length, so offsets stay valid)
 * before numbers are read: {@code 07/11/2022} is not three quantities, {@code năm 2021} not 2021 of
 * something, {@code 72/2015/NĐ-CP} not 72 of anything.
 */
public final class Masking {

    /** What is masked where a run of digits starts; look-behinds see the text before it (transparent bounds). */
    private static final Pattern AT_DIGITS = Pattern.compile(
            VietDate.PATTERN
                    + "|\\d+(?:[/-][\\p{L}\\d&.]+)*/[\\p{L}\\d&.-]*\\p{L}[\\p{L}\\d&.-]*"
                    + "|\\d{4}(?<=năm\\s\\d{4})|\\d{1,2}(?<=tháng\\s\\d{1,2})|\\d{1,2}(?<=ngày\\s\\d{1,2})(?:/\\d{1,2})?"
                    + "|\\d{4}\\s*-\\s*\\d{4}|[\\d.,]+\\s*[-–]\\s*[\\d.,]*\\d|[\\d.,]+\\s+đến\\s+[\\d.,]*\\d");
    /** Ordinals in words and names with numbers ("lần thứ XVIII", "Covid-19"). */
    private static final Pattern ELSEWHERE = Regex.compile("[Ll]ần thứ\\s\\p{L}+|(?<![A-Za-z])[A-Za-z]+-\\d+\\b");

    private Masking() {
    }

    public static String mask(String text) {
        char[] out = text.toCharArray();
        char[] in = out.clone(); // read as an array: String.charAt is a call per character under C1
        Matcher m = AT_DIGITS.matcher(text).useTransparentBounds(true);
        int i = 0;
        while (i < out.length) {
            if (Character.isDigit(in[i]) && (i == 0 || !Character.isDigit(in[i - 1]))) {
                m.region(i, text.length());
                if (m.lookingAt()) {
                    java.util.Arrays.fill(out, m.start(), m.end(), '#');
                    i = m.end();
                    continue;
                }
            }
            i++;
        }
        if (text.contains("ần thứ") || hyphenBeforeDigit(text)) {
            Matcher e = ELSEWHERE.matcher(text);
            while (e.find()) {
                java.util.Arrays.fill(out, e.start(), e.end(), '#');
            }
        }
        return new String(out);
    }

    /** "Covid-19" needs a hyphen before a digit; a hyphen alone is too common to run the scan for. */
    private static boolean hyphenBeforeDigit(String text) {
        for (int at = text.indexOf('-'); at >= 0 && at + 1 < text.length(); at = text.indexOf('-', at + 1)) {
            if (Character.isDigit(text.charAt(at + 1))) {
                return true;
            }
        }
        return false;
    }
}
