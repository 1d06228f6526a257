package vn.soat.parse.claims;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import vn.soat.model.PercentClaim;
import vn.soat.numbers.VietNumber;

/** A stated percentage of a part of a whole, as a {@link PercentClaim}: tolerance one unit of the last written digit. */
final class Percentages {

    private Percentages() {
    }

    static Optional<PercentClaim> claim(Paragraph paragraph, int start, int end, BigDecimal part, BigDecimal whole,
            String partText, String wholeText, String statedText) {
        BigDecimal stated = VietNumber.parse(statedText).orElse(null);
        if (stated == null) {
            return Optional.empty();
        }
        int decimals = VietNumber.decimals(statedText);
        BigDecimal computed = part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64);
        double tolerance = Math.pow(10, -decimals) + 1e-9;
        return Optional.of(new PercentClaim(partText, wholeText, statedText + "%",
                VietNumber.format(computed, Math.max(decimals, 1)) + "%", computed.subtract(stated).abs().doubleValue(),
                tolerance, paragraph.at(start), paragraph.excerpt(start, end)));
    }
}
