package vn.soat.model;

/**
 * The data period a report must use (epoch days): Nghị định 09/2019/NĐ-CP Điều 12 for its reported
 * period (15/12 of X−1 → 14/6 of X for the first six months, → 14/12 of X for the year), or the request
 * letter's own cut-off, which then counts instead ({@code fromLetter}). {@code fromDay} is -1 when the
 * letter gives only an end. {@code source} names where it comes from, for messages.
 */
public record DataCutoff(long fromDay, long toDay, String display, String source, boolean fromLetter,
        Location location, String excerpt) implements Located {

    public boolean hasStart() {
        return fromDay >= 0;
    }
}
