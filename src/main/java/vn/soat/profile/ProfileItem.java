package vn.soat.profile;

import java.util.ArrayList;
import java.util.List;

/** One item of an outline: its accepted names, nil phrases, sub-items, and the figures it asks for (indicators). */
public record ProfileItem(String id, String name, Boolean required, boolean results, boolean plan, List<String> names,
        List<String> nil, List<ProfileItem> items, List<IndicatorSpec> indicators) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public ProfileItem {
        required = required == null || required;
        names = names == null ? List.of() : List.copyOf(names);
        nil = nil == null ? List.of() : List.copyOf(nil);
        items = items == null ? List.of() : List.copyOf(items);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** An item that declares no indicators (an outline taken from a request letter). */
    public ProfileItem(String id, String name, Boolean required, boolean results, boolean plan, List<String> names,
            List<String> nil, List<ProfileItem> items) {
        this(id, name, required, results, plan, names, nil, items, List.of());
    }

    public boolean isRequired() {
        return required;
    }

    /** The item's own name first, then the other accepted names. */
    public List<String> acceptedNames() {
        List<String> all = new ArrayList<>();
        all.add(name);
        names.stream().filter(n -> !n.equalsIgnoreCase(name)).forEach(all::add);
        return all;
    }
}
