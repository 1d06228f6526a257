package vn.soat.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import vn.soat.profile.OutlineProfile;
import vn.soat.profile.ProfileCatalogue;
import vn.soat.profile.ProfileItem;

/** {@code soat profiles}: the outline profiles and the items each requires. */
@Command(name = "profiles", description = "Liệt kê các mẫu đề cương và các mục yêu cầu.")
final class ProfilesCommand extends ListingCommand<List<OutlineProfile>> {

    @picocli.CommandLine.Mixin
    HelpOption help;

    @Override
    List<OutlineProfile> load() {
        return ProfileCatalogue.load(parent.ruleFiles()).profiles();
    }

    @Override
    void printText(List<OutlineProfile> loaded, PrintWriter out) {
        for (OutlineProfile profile : loaded) {
            out.printf("%s — %s%s%n", profile.id(), profile.name(), profile.fallback() ? " (mặc định)" : "");
            if (!profile.detect().isEmpty()) {
                out.printf("  nhận biết khi trích yếu có: %s%n", String.join(" + ", profile.detect().stream()
                        .map(group -> String.join(" | ", group)).toList()));
            }
            for (ProfileItem item : profile.items()) {
                print(out, item, "  ");
                item.items().forEach(sub -> print(out, sub, "      "));
            }
            out.println();
        }
    }

    private static void print(PrintWriter out, ProfileItem item, String indent) {
        out.printf("%s%s %s%s%n", indent, item.isRequired() ? "■" : "□", item.name(),
                item.isRequired() ? "" : " (không bắt buộc)");
    }
}
