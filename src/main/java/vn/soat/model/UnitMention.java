package vn.soat.model;

/**
 * An administrative unit named where a document says who issues it, whom it is addressed or sent to, or who asked
 * for it, when the data file ({@code rules/administrative-units.yaml}) says the unit has an end. {@code role} is
 * {@code ISSUER}, {@code ADDRESSEE} (Kính gửi), {@code RECIPIENT} (Nơi nhận) or {@code REQUESTER} (the body whose
 * letter the opening cites); {@code unit} the unit as written ({@code UBND huyện Định Hóa}); {@code lastDay} the
 * epoch day of the unit's last day of existence ({@code lastDayText} as {@code 30/6/2025}); {@code replacedBy} what
 * replaced it; {@code documentDay} the epoch day of the document's own date. Legal sources: Nghị quyết
 * 202/2025/QH15, Luật Tổ chức chính quyền địa phương 72/2025/QH15 (see {@code source}).
 */
public record UnitMention(
        String role,
        String unit,
        long lastDay,
        String lastDayText,
        String replacedBy,
        long documentDay,
        String source,
        Location location,
        String excerpt) implements Located {

    public static final String ISSUER = "ISSUER";
    public static final String ADDRESSEE = "ADDRESSEE";
    public static final String RECIPIENT = "RECIPIENT";
    public static final String REQUESTER = "REQUESTER";

    /** Where the unit is named, as a message says it. */
    public String roleName() {
        return switch (role) {
            case ISSUER -> "cơ quan ban hành";
            case ADDRESSEE -> "Kính gửi";
            case RECIPIENT -> "Nơi nhận";
            default -> "cơ quan yêu cầu báo cáo";
        };
    }
}
