package vn.soat.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.TextPosition;

/**
 * Text that annotations draw on a page. Vietnamese e-office systems stamp the document number and
 * the day into the blanks of {@code Số:        /BC-SNV} and {@code ngày    tháng} with the visible
 * signature of the organisation, and the leader's name with the leader's: that text lives in the
 * normal appearance streams of signature widgets, not in the page content. Shown through the text
 * engine that reads the page, its glyphs land at their place on the page and are sorted into lines
 * with the page's own text. FreeText and Stamp annotations are read the same way.
 */
final class AnnotationText {

    private static final int MAX_FIELD_DEPTH = 8;

    private AnnotationText() {
    }

    /**
     * Feeds the engine the appearance text of the page's signature, FreeText and Stamp annotations;
     * the engine adds their glyphs to {@code articles}, the page's glyphs so far. A signature's caption
     * about itself is left out. The blank that a stamp fills (spaces, dots) is dropped where a stamped
     * glyph covers it, else the sort by position would interleave them ({@code 3 1 8}).
     */
    static void show(PDFStreamEngine engine, PDPage page, List<List<TextPosition>> articles) {
        if (!page.getCOSObject().containsKey(COSName.ANNOTS)) {
            return;
        }
        int[] pageGlyphs = sizes(articles);
        List<PDAnnotation> annotations;
        try {
            annotations = page.getAnnotations();
        } catch (IOException | RuntimeException e) {
            return;
        }
        for (PDAnnotation annotation : annotations) {
            if (drawsPrintedText(annotation)) {
                int[] before = sizes(articles);
                try {
                    engine.showAnnotation(annotation);
                } catch (IOException | RuntimeException e) {
                    // A broken appearance loses its own text only, never the page's.
                }
                Set<TextPosition> caption = SignatureCaption.glyphs(drawnSince(articles, before));
                for (int i = 0; i < before.length && !caption.isEmpty(); i++) {
                    articles.get(i).subList(before[i], articles.get(i).size()).removeIf(caption::contains);
                }
            }
        }
        List<TextPosition> stamped = drawnSince(articles, pageGlyphs);
        if (stamped.isEmpty()) {
            return;
        }
        for (int i = 0; i < pageGlyphs.length; i++) {
            articles.get(i).subList(0, pageGlyphs[i]).removeIf(glyph -> isBlankFiller(glyph) && coveredBy(glyph, stamped));
        }
    }

    private static int[] sizes(List<List<TextPosition>> articles) {
        return articles.stream().mapToInt(List::size).toArray();
    }

    private static List<TextPosition> drawnSince(List<List<TextPosition>> articles, int[] before) {
        List<TextPosition> drawn = new ArrayList<>();
        for (int i = 0; i < before.length; i++) {
            drawn.addAll(articles.get(i).subList(before[i], articles.get(i).size()));
        }
        return drawn;
    }

    private static boolean isBlankFiller(TextPosition glyph) {
        return glyph.getUnicode().chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '.' || c == '_' || c == '\u2026');
    }

    private static boolean coveredBy(TextPosition glyph, List<TextPosition> stamped) {
        float left = glyph.getXDirAdj();
        float right = left + glyph.getWidthDirAdj();
        for (TextPosition stamp : stamped) {
            float stampLeft = stamp.getXDirAdj();
            float stampRight = stampLeft + stamp.getWidthDirAdj();
            float lineTolerance = Math.max(stamp.getHeightDir(), glyph.getHeightDir()) * 0.6f;
            if (left < stampRight && stampLeft < right && Math.abs(stamp.getYDirAdj() - glyph.getYDirAdj()) <= lineTolerance) {
                return true;
            }
        }
        return false;
    }

    static boolean drawsPrintedText(PDAnnotation annotation) {
        if (annotation.isHidden() || annotation.isNoView() || annotation.getNormalAppearanceStream() == null) {
            return false;
        }
        return annotation instanceof PDAnnotationFreeText || annotation instanceof PDAnnotationRubberStamp
                || annotation instanceof PDAnnotationWidget && isSignatureField(annotation.getCOSObject());
    }

    /** The field type is on the widget itself when field and widget are merged, else on a parent field. */
    private static boolean isSignatureField(COSDictionary widget) {
        COSDictionary node = widget;
        for (int depth = 0; node != null && depth < MAX_FIELD_DEPTH; depth++) {
            COSName type = node.getCOSName(COSName.FT);
            if (type != null) {
                return COSName.SIG.equals(type);
            }
            COSBase parent = node.getDictionaryObject(COSName.PARENT);
            node = parent instanceof COSDictionary dictionary ? dictionary : null;
        }
        return false;
    }
}
