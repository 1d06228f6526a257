package vn.soat.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.text.TextPosition;
import vn.soat.text.VietText;

/**
 * The caption a visible signature prints about itself ({@code Ký bởi: SỞ NỘI VỤ}, {@code Thời gian ký:
 * 05.11.2025 08:33:12 +07:00}, {@code Signed by …}): it describes the signature, it is not text of the
 * document, and read into the header or the signature block it would pass for an issuer or a signer.
 * The number, the day and a bare name that a signature stamps into the document have no such label.
 */
final class SignatureCaption {

    private static final Pattern LABEL = Pattern.compile(
            "^(kyboi|nguoiky|thoigianky|thoidiemky|ngayky|coquan|tochuc|email|chucvu|lydo|noiky|diadiem"
                    + "|signedby|signaturevalid|digitallysigned|date|reason|location)");

    private SignatureCaption() {
    }

    /** The glyphs of the caption lines among those one appearance drew. */
    static Set<TextPosition> glyphs(List<TextPosition> drawn) {
        Set<TextPosition> caption = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<TextPosition> line : lines(drawn)) {
            StringBuilder text = new StringBuilder();
            line.forEach(glyph -> text.append(glyph.getUnicode()));
            if (LABEL.matcher(fold(text.toString())).find()) {
                caption.addAll(line);
            }
        }
        return caption;
    }

    private static List<List<TextPosition>> lines(List<TextPosition> drawn) {
        List<TextPosition> sorted = new ArrayList<>(drawn);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        List<TextPosition> line = new ArrayList<>();
        float lineY = Float.NaN;
        for (TextPosition glyph : sorted) {
            if (!line.isEmpty() && Math.abs(glyph.getYDirAdj() - lineY) > Math.max(glyph.getHeightDir(), 1f) * 0.5f) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                lineY = glyph.getYDirAdj();
            }
            line.add(glyph);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(TextPosition::getXDirAdj)));
        return lines;
    }

    private static String fold(String text) {
        return VietText.words(text).replace(" ", "");
    }
}
