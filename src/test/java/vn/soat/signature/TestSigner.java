package vn.soat.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as an e-office system does: one incremental revision per signature, a detached CMS
 * (SHA-256 with RSA), and optionally a visible appearance that prints text at given places on page 1
 * (the leader's name; the văn thư's number and day in the header blanks). After PDFBox's example
 * {@code CreateVisibleSignature2}.
 */
final class TestSigner {

    /** Text drawn by the appearance at a page position (PDF user space, baseline). */
    record Stamp(String text, float x, float y) {
    }

    private static final float FONT_SIZE = 13;
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private TestSigner() {
    }

    static byte[] sign(byte[] pdf, TestCertificate signer, Calendar when, List<Stamp> stamps) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setSignDate(when);
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(6_000);
            if (!stamps.isEmpty()) {
                options.setVisualSignature(appearanceTemplate(document.getPage(0), stamps));
                options.setPage(0);
            }
            document.addSignature(signature, content -> cms(content, signer), options);
            document.saveIncremental(out);
            options.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An incremental revision that writes a line of text onto page 1: a change of the signed content. */
    static byte[] appendText(byte[] pdf, String text) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(72, 40);
                content.showText(text);
                content.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getResources().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] cms(InputStream content, TestCertificate signer) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.key()), signer.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(signer.certificate())));
            return generator.generate(new org.bouncycastle.cms.CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (java.security.GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
                | org.bouncycastle.cms.CMSException e) {
            throw new IOException(e);
        }
    }

    /** A one-page PDF whose signature widget covers all stamps, its appearance drawing each at its place. */
    private static InputStream appearanceTemplate(PDPage target, List<Stamp> stamps) throws IOException {
        try (PDDocument template = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(target.getMediaBox());
            template.addPage(page);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            PDType0Font font;
            try (InputStream ttf = TestSigner.class.getResourceAsStream(FONT)) {
                font = PDType0Font.load(template, ttf, true);
            }
            float left = Float.MAX_VALUE, bottom = Float.MAX_VALUE, right = 0, top = 0;
            for (Stamp stamp : stamps) {
                left = Math.min(left, stamp.x());
                bottom = Math.min(bottom, stamp.y() - 4);
                right = Math.max(right, stamp.x() + font.getStringWidth(stamp.text()) / 1000 * FONT_SIZE);
                top = Math.max(top, stamp.y() + FONT_SIZE);
            }
            PDRectangle rect = new PDRectangle(left, bottom, right - left, top - bottom);
            widget.setRectangle(rect);
            PDAppearanceStream appearance = new PDAppearanceStream(template);
            appearance.setResources(new PDResources());
            appearance.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
            dictionary.getCOSObject().setDirect(true);
            dictionary.setNormalAppearance(appearance);
            widget.setAppearance(dictionary);
            try (PDPageContentStream content = new PDPageContentStream(template, appearance)) {
                content.setNonStrokingColor(0.8f, 0f, 0f);
                for (Stamp stamp : stamps) {
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    content.newLineAtOffset(stamp.x() - left, stamp.y() - bottom);
                    content.showText(stamp.text());
                    content.endText();
                }
            }
            template.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }
}
