package vn.soat.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.cert.X509CertificateHolder;
import vn.soat.model.DigitalSignature;
import vn.soat.model.Location;

/**
 * Every digital signature of a PDF as a fact. E-office files are signed in turn (the leader, then
 * the văn thư's e-seal), each signature in its own incremental revision, so an earlier signature
 * that stops before the end of the file is normal; only the last one is compared with what follows it.
 */
public final class PdfSignatures {


    private PdfSignatures() {
    }

    /** The signatures, in signing order; none for a PDF without any, or one PDFBox cannot open. */
    public static List<DigitalSignature> read(byte[] pdf) {
        // A signature dictionary cannot sit in a compressed object stream (its byte range must point
        // at the raw file), so a file without this key has no signature and is not parsed again.
        String text = latin1(pdf);
        if (!text.contains("/ByteRange")) {
            return List.of();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Revisions revisions = Revisions.of(text);
            List<Signed> signed = new ArrayList<>();
            for (PDSignatureField field : document.getSignatureFields()) {
                PDSignature signature = field.getSignature();
                if (signature != null && signature.getByteRange().length == 4 && !isDocumentTimeStamp(signature)) {
                    signed.add(new Signed(signature, page(document, field)));
                }
            }
            signed.sort(Comparator.comparingLong(Signed::coveredEnd));
            List<DigitalSignature> facts = new ArrayList<>();
            for (int i = 0; i < signed.size(); i++) {
                boolean last = i == signed.size() - 1;
                Signed s = signed.get(i);
                boolean changedAfter = last && s.coveredEnd() < pdf.length
                        && RevisionComparison.pagesChanged(document, pdf, s.coveredEnd());
                facts.add(fact(s, pdf, revisions, changedAfter));
            }
            return facts;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private record Signed(PDSignature signature, int page) {
        long coveredEnd() {
            int[] range = signature.getByteRange();
            return (long) range[2] + range[3];
        }
    }

    private static DigitalSignature fact(Signed s, byte[] pdf, Revisions revisions, boolean changedAfter) throws IOException {
        PDSignature signature = s.signature();
        int[] range = signature.getByteRange();
        String problem;
        SignedCms cms;
        if (range[0] != 0 || range[2] + (long) range[3] > pdf.length || range[1] > range[2]) {
            cms = new SignedCms(Optional.empty(), "", "");
            problem = "khoảng byte đã ký không khớp với tệp";
        } else {
            cms = SignedCms.read(signature.getContents(), signature.getSignedContent(pdf), signature.getSubFilter());
            problem = cms.problem();
        }
        CertificateSubject subject = cms.certificate().map(X509CertificateHolder::getSubject).map(CertificateSubject::of)
                .orElse(new CertificateSubject(nameOf(signature), "", "", false));
        String time = !cms.signingTime().isEmpty() || signature.getSignDate() == null ? cms.signingTime()
                : SignedCms.format(signature.getSignDate().toInstant());
        String byteRange = Arrays.toString(range).replace(",", "");
        long end = s.coveredEnd();
        String excerpt = "Chữ ký số của " + (subject.commonName().isEmpty() ? "(không rõ)" : subject.commonName())
                + (time.isEmpty() ? "" : ", ký lúc " + time);
        return new DigitalSignature(subject.commonName(), subject.organisation(), subject.unit(), subject.organisationSeal(),
                time, byteRange, end, pdf.length, revisions.endingAt(end), revisions.count(), problem.isEmpty(), problem,
                changedAfter, new Location(s.page(), 0, "", 0, 0), excerpt);
    }

    /** A document time-stamp (PAdES) proves when, not who: it is no one's signature. */
    private static boolean isDocumentTimeStamp(PDSignature signature) {
        return "ETSI.RFC3161".equals(signature.getSubFilter())
                || COSName.getPDFName("DocTimeStamp").equals(signature.getCOSObject().getCOSName(COSName.TYPE));
    }

    private static String nameOf(PDSignature signature) {
        return signature.getName() == null ? "" : signature.getName();
    }

    private static int page(PDDocument document, PDSignatureField field) {
        for (PDAnnotationWidget widget : field.getWidgets()) {
            PDPage page = widget.getPage();
            if (page != null) {
                int index = document.getPages().indexOf(page);
                if (index >= 0) {
                    return index + 1;
                }
            }
        }
        return 0;
    }

    /** The file's bytes as Latin-1 text, one char per byte, so that the JDK's fast search can look for keys. */
    static String latin1(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1);
    }
}
