package vn.soat.model;

import java.util.List;
import vn.soat.text.VietText;

/**
 * One digital signature of a PDF, as read from its CMS: who the certificate names, when it was
 * signed, which bytes it covers and whether its digest verifies. The certificate's chain of trust
 * is not checked (no trust list offline).
 *
 * @param commonName      the certificate subject's CN: a person's name, or a body's for an e-seal
 * @param organisation    the subject's O, empty when absent
 * @param unit            the subject's OU, empty when absent
 * @param organisationSeal the certificate belongs to a body (e-seal), not to a person
 * @param signingTime     as signed ({@code 2025-11-05 09:14:03 +07:00}), empty when the signature does not say
 * @param byteRange       the covered byte range as written in the PDF ({@code [0 1200 9392 4000]})
 * @param coveredEnd      the offset where the covered bytes end
 * @param fileLength      the length of the whole file
 * @param revision        the revision the signature covers (1 = the original file), 0 when it does not end at one
 * @param revisions       how many revisions the file has
 * @param digestVerified  the CMS signature and its digest over the byte range verify
 * @param digestProblem   why not, in Vietnamese; empty when verified
 * @param contentChangedAfter for the last signature: a later revision changed what the pages show
 */
public record DigitalSignature(
        String commonName,
        String organisation,
        String unit,
        boolean organisationSeal,
        String signingTime,
        String byteRange,
        long coveredEnd,
        long fileLength,
        int revision,
        int revisions,
        boolean digestVerified,
        String digestProblem,
        boolean contentChangedAfter,
        Location location,
        String excerpt) implements Located {

    public boolean isPerson() {
        return !organisationSeal;
    }

    public boolean isCoversWholeFile() {
        return coveredEnd == fileLength;
    }

    /** The certificate names this person: same words once diacritics and case are set aside. */
    public boolean namesPerson(String typedName) {
        String typed = fold(typedName);
        String named = fold(commonName);
        return !typed.isEmpty() && (named.equals(typed) || (" " + named + " ").contains(" " + typed + " "));
    }

    /**
     * The e-seal's CN names the header's issuer: the issuer's own lines, with or without its parent
     * body above them, are part of the CN ({@code SỞ NỘI VỤ} in {@code SỞ NỘI VỤ TỈNH LÂM ĐỒNG}) or the CN is
     * part of them. The O is not compared: it names the parent body, which every sister body shares.
     */
    public boolean namesBody(List<String> issuerLines) {
        String named = fold(commonName);
        if (named.isEmpty()) {
            return true;
        }
        for (int i = 0; i < issuerLines.size(); i++) {
            String body = fold(String.join(" ", issuerLines.subList(i, issuerLines.size())));
            boolean tooShort = i > 0 && body.split(" ").length < 2;
            if (!body.isEmpty() && !tooShort && (named.contains(body) || body.contains(named))) {
                return true;
            }
        }
        return false;
    }

    /** Who signed, for messages: {@code Nguyễn Văn A (Sở Nội vụ)}. */
    public String holderLabel() {
        return organisation.isEmpty() || organisation.equals(commonName) ? commonName : commonName + " (" + organisation + ")";
    }

    static String fold(String text) {
        String words = " " + VietText.words(text == null ? "" : text) + " ";
        return words.replace(" ubnd ", " uy ban nhan dan ").replace(" hdnd ", " hoi dong nhan dan ").strip();
    }
}
