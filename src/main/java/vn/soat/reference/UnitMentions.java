package vn.soat.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soat.text.VietText;

/**
 * Finds, in one line naming a body (a header line, a Kính gửi or Nơi nhận line, a requester), the administrative
 * units the gazetteer says have ended: a district-level government ({@code UBND huyện Định Hóa}, {@code HĐND các
 * huyện, thị xã}, {@code UBND thành phố Vị Thanh}, but not {@code UBND thành phố Hà Nội}, a province-level city,
 * nor a bare {@code UBND thành phố}), and a merged province ({@code UBND tỉnh Hậu Giang}, {@code Sở Ngoại vụ tỉnh
 * Bình Định}), and a provincial body merged in 2025 ({@code Sở Thông tin và Truyền thông}). A name marked
 * {@code (cũ)} is history, not a mistake.
 *
 * <pre>
 * must match                               must not match
 * UBND huyện Định Hóa (b/c);               UBND thành phố Hà Nội
 * ỦY BAN NHÂN DÂN HUYỆN QUAN SƠN           UBND thành phố;
 * UBND các huyện, thị xã, thành phố;       UBND tỉnh Thanh Hóa
 * UBND thành phố Vị Thanh                  tỉnh Hậu Giang (cũ)
 * Sở Ngoại vụ tỉnh Hậu Giang               UBND xã Phú Đình
 * SỞ THÔNG TIN VÀ TRUYỀN THÔNG             Sở Khoa học và Công nghệ
 * </pre>
 */
final class UnitMentions {

    /** A unit that ended, as written, with when and into what. */
    record Found(String text, AdministrativeUnits.Day lastDay, String replacedBy, String source) {
    }

    private static final String NAME = "\\p{Lu}[\\p{L}\\d]*(?:[ -]\\p{Lu}[\\p{L}\\d]*){0,4}|\\d{1,2}(?!\\p{L})";
    private static final Pattern DISTRICT = Pattern.compile(
            "(?<![\\p{L}])(?iu:ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd)\\s+(?iu:các\\s+)?(?<level>(?iu:huyện|quận|thị xã|thành phố))"
                    + "(?![\\p{L}])(?:\\s+(?<name>" + NAME + "))?");
    private static final Pattern HISTORY = Pattern.compile("^\\s*\\(?\\s*(?iu:cũ)(?![\\p{L}])");

    private final AdministrativeUnits units;
    private final List<Pattern> ceased = new ArrayList<>();
    private final List<AdministrativeUnits.Province> ceasedProvinces = new ArrayList<>();
    private final List<Pattern> mergedBodies = new ArrayList<>();

    UnitMentions(AdministrativeUnits units) {
        this.units = units;
        for (AdministrativeUnits.Province province : units.ceasedProvinces()) {
            List<String> names = province.names().stream().map(VietText::modernTones)
                    .map(n -> Pattern.quote(n).replace(" - ", "\\E\\s*-?\\s*\\Q").replace(" ", "\\E\\s+\\Q")).toList();
            ceased.add(Pattern.compile("(?<![\\p{L}])(?iu:tỉnh\\s+(?:" + String.join("|", names) + "))(?![\\p{L}])"));
            ceasedProvinces.add(province);
        }
        for (AdministrativeUnits.Body body : units.bodies()) {
            List<String> names = body.names().stream().map(VietText::modernTones).map(Pattern::quote).toList();
            mergedBodies.add(Pattern.compile("(?<![\\p{L}])(?iu:" + String.join("|", names) + ")(?![\\p{L}&])"));
        }
    }

    List<Found> in(String line) {
        String text = VietText.modernTones(line);
        List<Found> found = new ArrayList<>();
        Matcher m = DISTRICT.matcher(text);
        while (m.find()) {
            String name = m.group("name");
            boolean city = m.group("level").toLowerCase(java.util.Locale.ROOT).equals("thành phố");
            if (city && (name == null || units.provinceLevelCity(name)) || history(text, m.end())) {
                continue;
            }
            found.add(new Found(m.group().strip(), units.districtLastDay(), units.districtLevel().replacedBy(),
                    units.districtLevel().source()));
        }
        for (int i = 0; i < ceased.size(); i++) {
            Matcher p = ceased.get(i).matcher(text);
            AdministrativeUnits.Province province = ceasedProvinces.get(i);
            while (p.find()) {
                if (!history(text, p.end())) {
                    found.add(new Found(p.group(), units.lastDay(province), province.replacedBy(), province.source()));
                }
            }
        }
        for (int i = 0; i < mergedBodies.size(); i++) {
            Matcher b = mergedBodies.get(i).matcher(text);
            AdministrativeUnits.Body body = units.bodies().get(i);
            while (b.find()) {
                if (!history(text, b.end())) {
                    found.add(new Found(b.group(), units.lastDay(body), body.replacedBy(), body.source()));
                }
            }
        }
        return found;
    }

    private static boolean history(String text, int end) {
        return HISTORY.matcher(text.substring(end)).find();
    }
}
