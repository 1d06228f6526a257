package vn.soat.extract.ocr;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A rendered page in grey, one byte per pixel (0 black, 255 white). */
record PageImage(int width, int height, byte[] pixels) {

    static PageImage of(BufferedImage grey) {
        byte[] pixels = (byte[]) grey.getRaster().getDataElements(0, 0, grey.getWidth(), grey.getHeight(), null);
        return new PageImage(grey.getWidth(), grey.getHeight(), pixels);
    }

    boolean isInk(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && (pixels[y * width + x] & 0xff) < 128;
    }

    /** Binary PGM, which Tesseract's image library reads from memory. */
    byte[] pgm() {
        byte[] header = ("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        byte[] result = Arrays.copyOf(header, header.length + pixels.length);
        System.arraycopy(pixels, 0, result, header.length, pixels.length);
        return result;
    }
}
