package vn.soat.model;

/** The document as a whole; always present when the text could be read. Findings about absent parts point here. */
public record Document(String format, int pages, int lineCount, Location location, String excerpt) implements Located {
}
