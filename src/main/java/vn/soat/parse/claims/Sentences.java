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

    /**
     * How far a clause or sentence is looked for, in characters. A claim and its parts stand within a few
     * lines; without a bound, text with no full stop (a pasted table, a hostile upload) makes every search
     * run to the ends of the paragraph, and the scan quadratic.
     */
    static final int REACH = 1_000;

    private Sentences() {
    }

    /** The start of the clause that ends at {@code before}: after the last sentence end, {@code ;} or {@code :}. */
    static int clauseStart(String text, int before) {
        int floor = Math.max(0, before - REACH);
        int start = floor;
        Matcher end = SENTENCE_END.matcher(text);
        end.region(floor, Math.min(text.length(), before + 3));
        end.useTransparentBounds(true);
        while (end.find() && end.end() <= before) {
            start = end.end();
        }
        for (int at = Math.min(before, text.length()) - 1; at >= start; at--) {
            char c = text.charAt(at);
            if (c == ';' || c == ':') {
                return at + 1;
            }
        }
        return start;
    }

    static int sentenceEnd(String text, int from) {
        int ceiling = Math.min(text.length(), from + REACH);
        Matcher end = SENTENCE_END.matcher(text);
        end.region(from, ceiling);
        end.useTransparentBounds(true);
        end.useAnchoringBounds(false);
        return end.find() ? end.start() : ceiling;
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
