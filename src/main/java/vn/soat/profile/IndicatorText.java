package vn.soat.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.numbers.VietNumber;
import vn.soat.text.VietText;
import vn.soat.parse.claims.Examples;
import vn.soat.parse.claims.Quantity;

/**
 * A passage of the body as the indicator reader walks it: words, numbers and punctuation, in order.
 * Numbers are read on the masked text (dates, years, document numbers hidden) with the number pattern of
 * the claim detectors and {@link VietNumber}, so {@code 1.169} is a thousand and more and {@code 5.03} is not
 * a number at all; a range ({@code 10-15 đoàn}), which masking hides, is a token of its own so that it can be
 * reported as unsure rather than skipped. Words are compared folded (no diacritics, lower case).
 */
final class IndicatorText {

    enum Kind { WORD, NUMBER, RANGE, PUNCT }

    /** One token; {@code value} for a NUMBER (a RANGE: its low end), {@code folded} the word as compared. */
    record Token(Kind kind, String text, String folded, BigDecimal value, int start, int end) {

        boolean is(String foldedWord) {
            return folded.equals(foldedWord);
        }

        /** Punctuation that ends a clause: a phrase and its number are never on either side of one. */
        boolean endsClause() {
            return kind == Kind.PUNCT && (text.equals(".") || text.equals(";") || text.equals("!") || text.equals("?"));
        }
    }

    @Examples(matches = {"«Đoàn» vào", "«CBCCVN»", "«thoả» thuận"}, rejects = {"12", ",", "#"})
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\d]*");
    @Examples(matches = {"«10-15» đoàn", "«10 – 15» lượt", "«từ 10 đến 15»"}, rejects = {"10 đoàn", "đoàn"})
    static final Pattern RANGE = Pattern.compile("(?:từ\\s+)?(?<low>\\d[\\d.,]*)\\s*(?:[-–]|đến)\\s*(?<high>\\d[\\d.,]*)");

    private final String text;
    private final List<Token> tokens;
    /** Token indices by folded word, built when first asked: every phrase of every indicator is looked up here. */
    private Map<String, int[]> positions;
    private int[] numbers;

    private IndicatorText(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /** The tokens of {@code text}; {@code masked} is the same text with dates and document numbers as {@code #}. */
    static IndicatorText of(String text, String masked) {
        List<Token> tokens = new ArrayList<>();
        // One matcher of each kind for the whole text, moved from token to token.
        Matcher number = Quantity.NUMBER.matcher(masked).useTransparentBounds(true);
        Matcher word = WORD.matcher(masked);
        int i = 0;
        while (i < text.length()) {
            char c = masked.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end;
            if (c == '#') {
                end = i;
                while (end < masked.length() && masked.charAt(end) == '#') {
                    end++;
                }
                String original = text.substring(i, end);
                // A date or document number stays a token, so that no phrase and number are read across it.
                Optional<BigDecimal> low = rangeLow(original);
                tokens.add(new Token(low.isPresent() ? Kind.RANGE : Kind.PUNCT, original, low.isPresent() ? original : "#",
                        low.orElse(null), i, end));
                i = end;
                continue;
            }
            if (Character.isDigit(c) && number.region(i, masked.length()).lookingAt()) {
                end = number.end();
                Optional<BigDecimal> value = VietNumber.parse(masked.substring(i, end));
                String written = text.substring(i, end);
                tokens.add(value.isPresent() ? new Token(Kind.NUMBER, written, written, value.get(), i, end)
                        : new Token(Kind.PUNCT, written, written, null, i, end));
            } else if (word.region(i, masked.length()).lookingAt()) {
                end = word.end();
                String written = text.substring(i, end);
                tokens.add(new Token(Kind.WORD, written, VietText.fold(written), null, i, end));
            } else {
                end = i + 1;
                tokens.add(new Token(Kind.PUNCT, text.substring(i, end), text.substring(i, end), null, i, end));
            }
            i = end;
        }
        return new IndicatorText(text, List.copyOf(tokens));
    }

    /** The low end of a range written as one ({@code 10-15}, {@code từ 10 đến 15}); empty when it is not one. */
    private static Optional<BigDecimal> rangeLow(String written) {
        Matcher m = RANGE.matcher(written);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<BigDecimal> low = VietNumber.parse(m.group("low"));
        Optional<BigDecimal> high = VietNumber.parse(m.group("high"));
        return low.isPresent() && high.isPresent() && low.get().compareTo(high.get()) < 0 ? low : Optional.empty();
    }

    /**
     * The indices, in order, where a phrase whose first word is {@code first} can start: that word's tokens, the
     * numbers for {@code #} and {@code {n}}, every token for a leading {@code …}.
     */
    int[] startsOf(String first) {
        if (positions == null) {
            numbers = java.util.stream.IntStream.range(0, tokens.size())
                    .filter(i -> tokens.get(i).kind() == Kind.NUMBER || tokens.get(i).kind() == Kind.RANGE).toArray();
            positions = Positions.of(tokens, Token::folded);
        }
        if (first.equals(IndicatorPhrase.GAP)) {
            return java.util.stream.IntStream.range(0, tokens.size()).toArray();
        }
        if (first.equals(IndicatorPhrase.ANY_NUMBER) || first.equals(IndicatorPhrase.VALUE)) {
            return numbers;
        }
        return positions.getOrDefault(first, NOWHERE);
    }

    private static final int[] NOWHERE = {};

    List<Token> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    Token at(int index) {
        return tokens.get(index);
    }

    /** The text between two tokens, inclusive. */
    String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to).end());
    }

    /** The text of the clause around token {@code index}: from the previous clause end to the next. */
    String clause(int from, int to) {
        int start = from;
        while (start > 0 && !tokens.get(start - 1).endsClause()) {
            start--;
        }
        int end = to;
        while (end < tokens.size() - 1 && !tokens.get(end).endsClause()) {
            end++;
        }
        return span(start, end).strip();
    }

    /** Whether a folded word occurs among the tokens from {@code from} (inclusive) to {@code to} (exclusive). */
    boolean anyWord(int from, int to, String foldedPhrase) {
        String[] words = foldedPhrase.split(" ");
        for (int i = Math.max(0, from); i + words.length <= Math.min(to, tokens.size()); i++) {
            boolean all = true;
            for (int k = 0; k < words.length && all; k++) {
                all = tokens.get(i + k).is(words[k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
