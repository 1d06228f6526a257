package vn.soat.extract;

import java.util.Optional;
import vn.soat.text.LegacyVietnamese;

/**
 * Legacy Vietnamese text in a Word document (DOCX or DOC), run by run: a run in a TCVN3 or VNI font
 * ({@code .VnTime}, {@code .VnTimeH}, {@code VNI-Times}) is converted to Unicode, and the first such run is
 * remembered for the DOC_LEGACY_ENCODING finding. Text in no legacy font may still be legacy bytes typed
 * in a Unicode font; {@link #finish} then recognises it by its character statistics.
 */
final class LegacyFonts {

    private LegacyConversion first;

    /** The run's text in Unicode; {@code line} is the line it will land on. */
    String convert(String runText, String font, int line) {
        Optional<LegacyVietnamese.Encoding> encoding = font == null ? Optional.empty() : LegacyVietnamese.fromFontName(font);
        if (encoding.isEmpty() || runText.isEmpty()) {
            return runText;
        }
        if (first == null) {
            first = new LegacyConversion(encoding.get(), "phông chữ " + font, line);
        }
        return LegacyVietnamese.isUpperCaseFont(font)
                ? LegacyVietnamese.convertUpperCase(runText, encoding.get())
                : LegacyVietnamese.convert(runText, encoding.get());
    }

    /** The lines, converted as a whole when no font said so but the characters do; and what was found. */
    Legacy.Result finish(LineCollector lines) {
        if (first != null) {
            return new Legacy.Result(lines.lines(), Optional.of(first));
        }
        return Legacy.convertRecognised(lines, String.join("\n", lines.lines().stream().map(SourceLine::text).toList()));
    }
}
