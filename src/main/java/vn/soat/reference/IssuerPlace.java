package vn.soat.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.model.DocumentDate;
import vn.soat.model.HeaderIssuer;
import vn.soat.model.PlaceOnDateLine;
import vn.soat.text.VietText;

/**
 * Compares the place on the date line with the administrative unit the header says the issuer sits in (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I, Mục II.4.a). The issuer's unit is the lowest header line that names one: a line of a
 * local government ({@code ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH}, {@code HĐND HUYỆN …}) or a body of a province
 * ({@code SỞ NGOẠI VỤ TỈNH HẬU GIANG}); a Sở under {@code UBND TỈNH HẬU GIANG} sits in the province. The place names
 * a known unit when the gazetteer has it (a province, or a district-level unit of 01/3/2025) or when another header
 * line names it. Central bodies name no unit in their header and are not judged.
 *
 * <pre>
 * header                                   place        judged
 * UBND TỈNH HẬU GIANG / SỞ NGOẠI VỤ        Vị Thanh     a different unit (thành phố Vị Thanh)
 * UBND HUYỆN ĐỊNH HÓA / UBND XÃ PHÚ ĐÌNH   Định Hóa     a different unit (huyện Định Hóa)
 * UBND HUYỆN ĐỊNH HÓA / UBND XÃ PHÚ ĐÌNH   Phú Đình     the same unit
 * ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH    TP. Hồ Chí Minh  the same unit
 * BỘ NGOẠI GIAO                            Hà Nội       issuer's unit unknown
 * </pre>
 */
final class IssuerPlace {

    private static final String NAME = "\\p{Lu}[\\p{L}\\d]*(?:[ -]+\\p{Lu}[\\p{L}\\d]*){0,5}|\\d{1,2}(?!\\p{L})";
    /** A local government names its level; any body may name its province or province-level city. */
    private static final Pattern UNIT = Pattern.compile(
            "(?<![\\p{L}])(?:(?iu:ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd)\\s+(?<level>(?iu:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu))"
                    + "|(?<plevel>(?iu:tỉnh|thành phố)))\\s+(?<name>" + NAME + ")");
    /** A header line that names a body, and perhaps its level, but leaves the name to the next line. */
    private static final Pattern BARE_BODY = Pattern.compile(
            "(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)(?: (?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu))?");
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:tp|tx)\\s*\\.\\s*|(?:tp|thanh pho|thi xa|tinh|huyen|quan|xa|phuong|thi tran|dac khu)\\s+)");

    /** A unit named in the header: its level word as written in lower case and its name. */
    record Named(String level, String name) {

        String display() {
            return level + " " + name;
        }
    }

    private final AdministrativeUnits units;

    IssuerPlace(AdministrativeUnits units) {
        this.units = units;
    }

    Optional<PlaceOnDateLine> judge(Optional<HeaderIssuer> issuer, DocumentDate date) {
        if (date.place().isBlank() || issuer.isEmpty()) {
            return Optional.empty();
        }
        List<Named> named = joined(issuer.get().lines()).stream().map(IssuerPlace::named).flatMap(Optional::stream).toList();
        String place = date.place().strip();
        if (named.isEmpty()) {
            return Optional.of(new PlaceOnDateLine(place, "", false, "", false, false, date.location(), date.excerpt()));
        }
        Named own = named.get(named.size() - 1);
        boolean same = sameName(place, own.name());
        String placeUnit = same ? own.display() : placeUnit(place, named);
        return Optional.of(new PlaceOnDateLine(place, own.display(), true, placeUnit, !placeUnit.isEmpty(), same,
                date.location(), date.excerpt()));
    }

    /**
     * Header lines with a bare body name joined to the unit under it: {@code ỦY BAN NHÂN DÂN} / {@code XÃ PHÚ ĐÌNH},
     * {@code ỦY BAN NHÂN DÂN HUYỆN} / {@code YÊN ĐỊNH} (a PDF breaks the line where the writer did).
     */
    static List<String> joined(List<String> lines) {
        List<String> joined = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i + 1 < lines.size() && BARE_BODY.matcher(VietText.fold(line)).matches()) {
                joined.add(line + " " + lines.get(++i).strip());
            } else {
                joined.add(line);
            }
        }
        return joined;
    }

    static Optional<Named> named(String line) {
        Matcher m = UNIT.matcher(VietText.modernTones(line.strip()));
        Named last = null;
        while (m.find()) {
            String level = m.group("level") != null ? m.group("level") : m.group("plevel");
            last = new Named(level.toLowerCase(Locale.forLanguageTag("vi")), titleCase(m.group("name")));
        }
        return Optional.ofNullable(last);
    }

    private boolean sameName(String place, String unit) {
        String placeKey = bare(place);
        String unitKey = bare(unit);
        if (placeKey.equals(unitKey)) {
            return true;
        }
        // A province written by another of its names: Thừa Thiên Huế / Huế, TP.HCM / Hồ Chí Minh.
        Optional<AdministrativeUnits.Province> province = units.province(unit);
        return province.isPresent() && units.province(place).or(() -> units.province(stripPrefix(place)))
                .filter(p -> p == province.get()).isPresent();
    }

    private String placeUnit(String place, List<Named> named) {
        String bare = stripPrefix(place);
        Optional<AdministrativeUnits.Province> province = units.province(place).or(() -> units.province(bare));
        if (province.isPresent()) {
            return province.get().display();
        }
        Optional<AdministrativeUnits.District> district = units.district(bare);
        if (district.isPresent()) {
            return district.get().kind() + " " + district.get().name() + " (" + district.get().province() + ")";
        }
        return named.stream().filter(n -> bare(n.name()).equals(bare(place))).map(Named::display).findFirst().orElse("");
    }

    private static String bare(String name) {
        return AdministrativeUnits.key(stripPrefix(name));
    }

    private static String stripPrefix(String name) {
        String written = VietText.modernTones(name.strip());
        Matcher m = PREFIX.matcher(VietText.foldInPlace(written));
        return m.find() ? written.substring(m.end()).strip() : written;
    }

    private static String titleCase(String name) {
        if (!VietText.isUpperCase(name)) {
            return name;
        }
        Locale vi = Locale.forLanguageTag("vi");
        StringBuilder out = new StringBuilder();
        for (String word : name.toLowerCase(vi).split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(word.isEmpty() ? word : word.substring(0, 1).toUpperCase(vi) + word.substring(1));
        }
        return out.toString();
    }
}
