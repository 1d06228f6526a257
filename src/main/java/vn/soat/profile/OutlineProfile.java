package vn.soat.profile;

import java.util.List;

/** A report outline (đề cương): how to recognise it from the summary line, and the items it asks for. */
public record OutlineProfile(String id, String name, int order, boolean fallback, List<List<String>> detect,
        List<ProfileItem> items) {

    public OutlineProfile {
        detect = detect == null ? List.of() : detect.stream().map(List::copyOf).toList();
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Every detection group has one of its phrases in the summary (compared without accents or case). */
    public boolean matches(String summary) {
        if (fallback || detect.isEmpty()) {
            return false;
        }
        String text = " " + OutlineText.words(summary) + " ";
        return detect.stream().allMatch(group -> group.stream()
                .anyMatch(phrase -> text.contains(" " + OutlineText.words(phrase) + " ")));
    }
}
