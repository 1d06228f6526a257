package vn.soat.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.soat.Fixtures;

/**
 * The report {@code fixtures/signed/blanks-for-e-office.pdf} (number, day and signer's name left blank)
 * signed as the e-office flow does: the leader's certificate with a visible signature that prints the
 * name, then the Sở's e-seal whose appearance prints the number and the day into the header blanks.
 */
final class EOfficeFixture {

    static final Path BLANKS = Fixtures.ROOT.resolve("signed/blanks-for-e-office.pdf");
    static final String SIGNER = "Phạm Thị Lan";
    static final String BODY = "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH THANH HÓA";

    private EOfficeFixture() {
    }

    static byte[] blanks() {
        try {
            return Files.readAllBytes(BLANKS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Calendar at(int day, int hour) {
        Calendar time = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        time.clear();
        time.set(2022, Calendar.DECEMBER, day, hour, 5, 0);
        return time;
    }

    /** Signed by the leader only, with the name printed under the signer's title. */
    static byte[] signedByLeader(TestCertificate leader) {
        return TestSigner.sign(blanks(), leader, at(15, 9), List.of(nameStamp()));
    }

    /** Leader, then the Sở's e-seal stamping number 318 and day 15. */
    static byte[] signedAndIssued(TestCertificate leader, TestCertificate seal) {
        byte[] signed = signedByLeader(leader);
        return TestSigner.sign(signed, seal, at(15, 10), List.of(numberStamp(), dayStamp()));
    }

    static TestSigner.Stamp numberStamp() {
        TextPosition so = find("Số:", 0);
        return new TestSigner.Stamp("318", end(so) + 12, baseline(so));
    }

    static TestSigner.Stamp dayStamp() {
        TextPosition day = find("ngày", 0);
        return new TestSigner.Stamp("15", end(day) + 8, baseline(day));
    }

    /** Where the typed name stands in the same report with its name: four lines under the signer's title. */
    static TestSigner.Stamp nameStamp() {
        TextPosition title = find("ĐỐC", 1);
        return new TestSigner.Stamp(SIGNER, title.getXDirAdj() - 67, baseline(title) - 70);
    }

    private static float end(TextPosition last) {
        return last.getXDirAdj() + last.getWidthDirAdj();
    }

    private static float baseline(TextPosition position) {
        return position.getPageHeight() - position.getYDirAdj();
    }

    /** The last glyph of the n-th occurrence of a word on page 1 of the blank report. */
    private static TextPosition find(String word, int occurrence) {
        List<TextPosition> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(blanks())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    int at = text.indexOf(word);
                    while (at >= 0 && at + word.length() <= positions.size()) {
                        found.add(positions.get(at + word.length() - 1));
                        at = text.indexOf(word, at + 1);
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.setEndPage(1);
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.size() <= occurrence) {
            throw new IllegalStateException("\"" + word + "\" not found " + (occurrence + 1) + " times in " + BLANKS);
        }
        return found.get(occurrence);
    }
}
