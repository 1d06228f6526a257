package vn.soat.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import vn.soat.parse.DataFile;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.rulesdir.RuleLoadException;

/** The outline profiles of {@code rules/profiles/*.yaml}, validated at start, in detection order. */
public final class ProfileCatalogue {

    public static final String FOLDER = "profiles/";

    private final List<OutlineProfile> profiles;
    private final OutlineProfile fallback;

    private ProfileCatalogue(List<OutlineProfile> profiles, OutlineProfile fallback) {
        this.profiles = profiles;
        this.fallback = fallback;
    }

    public static ProfileCatalogue load(RuleFiles files) {
        List<OutlineProfile> profiles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleFiles.RuleFile file : files.list(".yaml")) {
            if (!file.path().startsWith(FOLDER)) {
                continue;
            }
            String where = files.describe() + "/" + file.path();
            OutlineProfile profile = parse(file.content(), where);
            validate(profile, where);
            if (!ids.add(profile.id())) {
                throw new RuleLoadException(where + ": mẫu đề cương \"" + profile.id() + "\" bị khai báo hai lần");
            }
            profiles.add(profile);
        }
        List<OutlineProfile> fallbacks = profiles.stream().filter(OutlineProfile::fallback).toList();
        if (fallbacks.size() != 1) {
            throw new RuleLoadException(files.describe() + "/" + FOLDER + ": cần đúng một mẫu đề cương có fallback: true (đang có "
                    + fallbacks.size() + ")");
        }
        profiles.sort(Comparator.comparingInt(OutlineProfile::order).thenComparing(OutlineProfile::id));
        return new ProfileCatalogue(List.copyOf(profiles), fallbacks.get(0));
    }

    private static OutlineProfile parse(String content, String where) {
        try {
            OutlineProfile profile = DataFile.YAML.readValue(content, OutlineProfile.class);
            if (profile == null) {
                throw new RuleLoadException(where + ": tệp rỗng");
            }
            return profile;
        } catch (JacksonException e) {
            String reason = e.getOriginalMessage();
            String line = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            throw new RuleLoadException(where + line + ": " + reason);
        }
    }

    private static void validate(OutlineProfile profile, String where) {
        require(profile.id() != null && profile.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), where,
                "thiếu id hoặc id không viết dạng chữ-thường-gạch-nối");
        require(profile.name() != null && !profile.name().isBlank(), where, "thiếu name");
        require(profile.fallback() || !profile.detect().isEmpty(), where, "thiếu detect (hoặc fallback: true)");
        require(profile.detect().stream().noneMatch(List::isEmpty), where, "một nhóm detect rỗng");
        Set<String> itemIds = new HashSet<>();
        for (ProfileItem item : profile.items()) {
            validate(item, where, itemIds);
            for (ProfileItem sub : item.items()) {
                validate(sub, where, itemIds);
                require(sub.items().isEmpty(), where, "mục \"" + sub.id() + "\": đề cương chỉ có hai cấp mục");
            }
        }
        require(profile.items().stream().filter(ProfileItem::plan).count() <= 1, where, "có nhiều hơn một mục plan: true");
        Set<String> indicatorIds = new HashSet<>();
        profile.items().stream().flatMap(item -> java.util.stream.Stream.concat(java.util.stream.Stream.of(item), item.items().stream()))
                .flatMap(item -> item.indicators().stream()).forEach(spec -> validate(spec, where, indicatorIds));
    }

    private static void validate(IndicatorSpec spec, String where, Set<String> ids) {
        require(spec.id() != null && spec.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), where,
                "có chỉ tiêu thiếu id hoặc id không viết dạng chữ-thường-gạch-nối");
        String named = "chỉ tiêu \"" + spec.id() + "\"";
        require(ids.add(spec.id()), where, "mã " + named + " bị trùng");
        require(spec.name() != null && !spec.name().isBlank(), where, named + " thiếu name");
        require(!spec.words().isEmpty() && spec.words().stream().noneMatch(String::isBlank), where, named + " thiếu words");
        require(spec.kind().equals("count") || spec.kind().equals("amount"), where, named + ": kind phải là count hoặc amount");
        require(!spec.units().isEmpty(), where, named + " thiếu unit (hoặc units)");
    }

    private static void validate(ProfileItem item, String where, Set<String> ids) {
        require(item.id() != null && !item.id().isBlank(), where, "có mục thiếu id");
        require(item.name() != null && !item.name().isBlank(), where, "mục \"" + item.id() + "\" thiếu name");
        require(ids.add(item.id()), where, "mã mục \"" + item.id() + "\" bị trùng");
    }

    private static void require(boolean condition, String where, String problem) {
        if (!condition) {
            throw new RuleLoadException(where + ": " + problem);
        }
    }

    public List<OutlineProfile> profiles() {
        return profiles;
    }

    public Optional<OutlineProfile> byId(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The first profile whose detection matches the summary line; the fallback otherwise. */
    public OutlineProfile detect(String summary) {
        return profiles.stream().filter(p -> p.matches(summary)).findFirst().orElse(fallback);
    }
}
