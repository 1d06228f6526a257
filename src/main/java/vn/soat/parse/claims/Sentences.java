package vn.soat.parse.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a sentence or clause of a paragraph begins and ends, and parenthesised asides. */
final class Sentences {

    @Examples(matches = {"đón 3 đoàn«.» Không có", "hoàn thành«./.»", "đạt kết quả«.»", "đoàn«.» (Chi tiết)"},
            rejects = {"1.169 hộ", "v.v. và", "đạt 5,03%"})
    static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s+[\\p{Lu}\"“(-])|\\./\\.|\\.\\s*$");

    @Examples(matches = {"02 đoàn Nhật Bản «(19 người)» và", "«()»"}, rejects = {"không có ngoặc", "mở ngoặc ( chưa đóng"})
    static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

    private Sentences() {
    }

    /** The start of the clause that ends at {@code before}: after the last sentence end, {@code ;} or {@code :}. */
    static int clauseStart(String text, int before) {
        int start = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find() && end.end() <= before) {
            start = end.end();
        }
        for (char stop : new char[] {';', ':'}) {
            int at = text.lastIndexOf(stop, before - 1);
            if (at + 1 > start) {
                start = at + 1;
            }
        }
        return start;
    }

    static int sentenceEnd(String text, int from) {
        Matcher end = SENTENCE_END.matcher(text);
        return end.find(from) ? end.start() : text.length();
    }

    /** Parenthesised asides as spaces, so their numbers are not read as parts. */
    static String blankParentheses(String text) {
        Matcher m = PARENTHESES.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, " ".repeat(m.group().length()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
