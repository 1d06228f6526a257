package vn.soat.reference;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.soat.parse.DataFile;
import vn.soat.text.VietText;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.rulesdir.RuleLoadException;

/**
 * The gazetteer of {@code rules/administrative-units.yaml}: provinces before and after 01/7/2025 (Nghị quyết
 * 202/2025/QH15), with the day a merged one ceased and the province it went into, the district-level units of each
 * province as listed on 01/3/2025, the day the district level itself ended (Luật 72/2025/QH15), and provincial bodies
 * merged in 2025 with the day they ended. Names are
 * looked up without accents, case, spaces or hyphens ({@link #key}). A file that does not read, or a date that is
 * not {@code YYYY-MM-DD}, stops loading with the file's name.
 */
public final class AdministrativeUnits {

    static final String FILE = "administrative-units.yaml";

    /** The file as written. */
    record Data(Ending districtLevel, List<Body> bodies, List<Province> provinces, List<District> districts) {
    }

    /** When a whole level of units ended, what replaced it, and the legal source. */
    record Ending(String lastDay, String replacedBy, String source) {
    }

    /** A tỉnh or thành phố trực thuộc trung ương; {@code lastDay} is empty while it exists. */
    record Province(String name, String kind, List<String> aliases, String lastDay, String replacedBy, String source) {

        List<String> names() {
            List<String> names = new ArrayList<>(List.of(name));
            if (aliases != null) {
                names.addAll(aliases);
            }
            return names;
        }

        /** {@code tỉnh Hậu Giang}, {@code thành phố Cần Thơ}. */
        String display() {
            return kind + " " + name;
        }
    }

    /** A provincial body merged into another ({@code Sở Thông tin và Truyền thông}), named without its province. */
    record Body(String name, List<String> aliases, String lastDay, String replacedBy, String source) {

        List<String> names() {
            List<String> names = new ArrayList<>(List.of(name));
            if (aliases != null) {
                names.addAll(aliases);
            }
            return names;
        }
    }

    /** A huyện, quận, thị xã or thành phố thuộc tỉnh, with its province. */
    record District(String name, String kind, String province) {
    }

    /** An end date read from the file: the epoch day and how a message shows it ({@code 30/6/2025}). */
    record Day(long epochDay, String shown) {
    }

    private final Ending districtLevel;
    private final Day districtLastDay;
    private final Map<String, Province> provinces = new HashMap<>();
    private final Map<String, District> districts = new HashMap<>();
    private final List<Body> bodies;

    private AdministrativeUnits(Data data, String where) {
        if (data.districtLevel() == null || data.provinces() == null) {
            throw new RuleLoadException(where + ": thiếu districtLevel hoặc provinces");
        }
        this.districtLevel = data.districtLevel();
        this.districtLastDay = day(data.districtLevel().lastDay(), where);
        for (Province province : data.provinces()) {
            if (province.lastDay() != null) {
                day(province.lastDay(), where);
            }
            province.names().forEach(name -> provinces.put(key(name), province));
        }
        this.bodies = data.bodies() == null ? List.of() : List.copyOf(data.bodies());
        for (Body body : bodies) {
            if (body.replacedBy() == null || body.source() == null) {
                throw new RuleLoadException(where + ": " + body.name() + " thiếu replacedBy hoặc source");
            }
            day(body.lastDay(), where);
        }
        if (data.districts() != null) {
            data.districts().forEach(district -> districts.putIfAbsent(key(district.name()), district));
        }
    }

    /** Reads {@code administrative-units.yaml} of the rules directory. */
    public static AdministrativeUnits load(RuleFiles files) {
        return new AdministrativeUnits(DataFile.read(files, FILE, Data.class), DataFile.where(files, FILE));
    }

    /** A name as looked up: no accents, no case, letters and digits only ({@code Bà Rịa - Vũng Tàu} → {@code bariavungtau}). */
    static String key(String name) {
        return VietText.fold(VietText.modernTones(name)).replaceAll("[^a-z0-9]", "");
    }

    Optional<Province> province(String name) {
        return Optional.ofNullable(provinces.get(key(name)));
    }

    Optional<District> district(String name) {
        return Optional.ofNullable(districts.get(key(name)));
    }

    /** Whether the name is a province-level city ({@code thành phố Hà Nội}), not a city of a province. */
    boolean provinceLevelCity(String name) {
        return province(name).filter(p -> p.kind().equals("thành phố")).isPresent();
    }

    /** The provinces that ceased, each with all its names: the ones a mention is looked for. */
    List<Province> ceasedProvinces() {
        return provinces.values().stream().filter(p -> p.lastDay() != null).distinct().toList();
    }

    /** The merged bodies, each with all its names. */
    List<Body> bodies() {
        return bodies;
    }

    Day lastDay(Body body) {
        return day(body.lastDay(), FILE);
    }

    Ending districtLevel() {
        return districtLevel;
    }

    Day districtLastDay() {
        return districtLastDay;
    }

    Day lastDay(Province province) {
        return day(province.lastDay(), FILE);
    }

    private static Day day(String text, String where) {
        try {
            LocalDate date = LocalDate.parse(text == null ? "" : text.strip());
            return new Day(date.toEpochDay(), date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear());
        } catch (DateTimeParseException e) {
            throw new RuleLoadException(where + ": ngày \"" + text + "\" không đúng dạng YYYY-MM-DD", e);
        }
    }
}
