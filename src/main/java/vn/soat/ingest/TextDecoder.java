package vn.soat.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.soat.text.LegacyVietnamese;

/**
 * Decodes plain-text submissions: UTF-8 (with or without BOM), UTF-16 with a BOM, or — for
 * files saved by old Vietnamese office software — 8-bit text that reads as TCVN3 or VNI.
 * Binary data and 8-bit text of other languages are refused.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static Optional<String> decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        int offset = MagicNumber.UTF8_BOM.startsOf(bytes) ? 3 : 0;
        Optional<String> utf8 = strict(bytes, offset, StandardCharsets.UTF_8).filter(TextDecoder::looksLikeText);
        if (utf8.isPresent()) {
            return utf8;
        }
        return strict(bytes, 0, WINDOWS_1252)
                .filter(TextDecoder::looksLikeText)
                .filter(text -> LegacyVietnamese.detect(text).isPresent());
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Control characters other than tab and line breaks mean binary data, not text. */
    private static boolean looksLikeText(String text) {
        long controls = text.chars()
                .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        return controls <= text.length() / 1000;
    }
}
