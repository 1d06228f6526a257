package vn.soat.profile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.soat.model.LetterItem;
import vn.soat.model.Location;
import vn.soat.model.RequestLetter;
import vn.soat.text.Regex;

/**
 * The ad-hoc outline a request letter sets (NĐ09 Điều 7; docs/domain.md §7a): one required item per item
 * the letter asks for, named in the letter's own words, matched by {@link CoverageMatcher} like any profile.
 * A top item with items under it (a Roman heading of an attached đề cương) is looked for like the results
 * section of a profile, its items inside it; an item about the plan ({@code Phương hướng, nhiệm vụ …}) is the
 * plan item. An item whose words name a leaf item of a shipped profile ("Công tác đoàn ra, đoàn vào") also
 * accepts that item's names, so a report's usual headings are recognised. The words before a colon or a
 * parenthesis are the item's name ("Đoàn ra, đoàn vào (số đoàn, số người…)" → "Đoàn ra, đoàn vào"); without
 * its lead words ("Kết quả …", "Tình hình thực hiện …") it is also a name, and the one synonyms are looked up by.
 */
public final class LetterOutline {

    public static final String ID = "cong-van-yeu-cau";
    private static final Pattern PLAN = Regex.compile("^(phuong huong|ke hoach|nhiem vu|du kien|dinh huong)\\b");
    private static final Pattern DETAIL = Pattern.compile("\\s*[(:–].*$|\\s+-\\s.*$");
    /** Words a letter puts before the topic ("Kết quả công tác đoàn ra, đoàn vào", "Tình hình thực hiện …"). */
    private static final Pattern LEAD = Pattern.compile("^(?:(?:ket qua|tinh hinh|bao cao|danh gia|viec)\\s+)+(?:thuc hien\\s+|trien khai\\s+)?");

    private LetterOutline() {
    }

    /** The outlines built last, for the same letter object and catalogue (a batch or a round checks every file against one letter). */
    private static final Deque<Built> RECENT = new ArrayDeque<>();
    private static final int REMEMBERED = 16;

    private record Built(RequestLetter letter, ProfileCatalogue catalogue, OutlineProfile outline) {
    }

    /**
     * The letter's items as an outline; empty items when the letter asks for none that could be read. The same
     * letter with the same catalogue gives the same outline object, so its vocabulary is weighed once
     * ({@link CoverageMatcher}'s readers are kept per outline object).
     */
    public static OutlineProfile of(RequestLetter letter, ProfileCatalogue catalogue) {
        synchronized (RECENT) {
            for (Built built : RECENT) {
                if (built.letter() == letter && built.catalogue() == catalogue) {
                    return built.outline();
                }
            }
        }
        OutlineProfile outline = build(letter, catalogue);
        synchronized (RECENT) {
            RECENT.addFirst(new Built(letter, catalogue, outline));
            if (RECENT.size() > REMEMBERED) {
                RECENT.removeLast();
            }
        }
        return outline;
    }

    private static OutlineProfile build(RequestLetter letter, ProfileCatalogue catalogue) {
        List<ProfileItem> items = new ArrayList<>();
        List<LetterItem> asked = letter.items();
        for (int i = 0; i < asked.size(); i++) {
            LetterItem top = asked.get(i);
            if (top.level() != 1) {
                continue;
            }
            List<ProfileItem> children = new ArrayList<>();
            for (int j = i + 1; j < asked.size() && asked.get(j).level() > 1; j++) {
                children.add(item(asked.get(j), catalogue, List.of(), false));
            }
            items.add(item(top, catalogue, children, !children.isEmpty()));
        }
        return new OutlineProfile(ID, letter.display(), 0, false, List.of(), items);
    }

    private static ProfileItem item(LetterItem asked, ProfileCatalogue catalogue, List<ProfileItem> children, boolean results) {
        String name = DETAIL.matcher(asked.words()).replaceFirst("").strip();
        if (name.split("\\s+").length < 2) {
            name = asked.words();
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        java.util.regex.Matcher lead = LEAD.matcher(vn.soat.text.VietText.foldInPlace(name).toLowerCase(java.util.Locale.ROOT));
        String topic = lead.find() && lead.end() < name.length() ? name.substring(lead.end()).strip() : name;
        if (topic.split("\\s+").length >= 2) {
            names.add(topic);
        }
        names.addAll(synonyms(topic, catalogue));
        boolean plan = PLAN.matcher(OutlineText.words(name)).find();
        return new ProfileItem(asked.level() + "-" + asked.label(), asked.words(), true, results, plan && !results,
                List.copyOf(names), List.of(), children);
    }

    /** The names of the shipped profiles' items that the letter's words, read as a heading, cover. */
    private static List<String> synonyms(String name, ProfileCatalogue catalogue) {
        List<String> out = new ArrayList<>();
        for (OutlineProfile profile : catalogue.profiles()) {
            List<ProfileItem> all = new ArrayList<>(profile.items());
            profile.items().forEach(i -> all.addAll(i.items()));
            for (Evidence e : CoverageMatcher.readerOf(profile).heading(all, List.of(), name, Location.DOCUMENT, 0)) {
                // Only a leaf: a results section's names ("Kết quả thực hiện", "Công tác đối ngoại") would fit any topic.
                if (e.covers() && e.item().items().isEmpty()) {
                    out.addAll(e.item().acceptedNames());
                }
            }
        }
        return out;
    }
}
