package vn.soat.model;

import java.util.List;

/**
 * The {@code Nơi nhận:} block. {@code archiveLine} is the {@code Lưu:} line as written (empty
 * if none); {@code archiveHasVt} says whether it files a copy with the văn thư (VT).
 */
public record Recipients(
        List<String> lines,
        String archiveLine,
        boolean archiveHasVt,
        boolean nhuTren,
        Location location,
        String excerpt) implements Located {
}
