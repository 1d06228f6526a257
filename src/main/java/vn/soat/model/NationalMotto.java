package vn.soat.model;

/**
 * The Tiêu ngữ line: {@code correct} when the words are right, {@code spacedHyphens} when the
 * hyphens between them have a space on each side as PL-I requires; {@code enDashes} when dashes
 * (– —) stand for the hyphens, {@code capitalised} when the words are right but written with other
 * capitals ({@code Độc Lập - Tự Do - Hạnh Phúc}).
 */
public record NationalMotto(String text, boolean correct, boolean spacedHyphens, boolean enDashes, boolean capitalised,
        Location location, String excerpt) implements Located {
}
