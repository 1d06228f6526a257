package vn.soat.extract;

import java.util.List;

/** A table of the source document with its cell texts, row by row, and the line of its first row. */
public record DataTable(int firstLine, int page, List<List<String>> rows) {
}
