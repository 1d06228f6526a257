package vn.soat.model;

/**
 * The last line of the document's content, just above Nơi nhận and the signature. {@code endMark}
 * says whether it ends with {@code ./.}, the mark that closes the content (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I, Mục II.6). Absent when soát found no closing to end the content.
 */
public record ContentEnd(String text, boolean endMark, Location location, String excerpt) implements Located {
}
