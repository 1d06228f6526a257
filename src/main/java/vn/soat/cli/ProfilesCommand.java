package vn.soat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.soat.profile.OutlineProfile;
import vn.soat.profile.ProfileCatalogue;
import vn.soat.profile.ProfileItem;
import vn.soat.render.Json;

/** {@code soat profiles}: the outline profiles and the items each requires. */
@Command(name = "profiles", description = "Liệt kê các mẫu đề cương và các mục yêu cầu.")
final class ProfilesCommand implements Callable<Integer> {

    @ParentCommand
    SoatCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text hoặc json.")
    CheckCommand.Format format;

    @Override
    public Integer call() throws Exception {
        ProfileCatalogue catalogue = ProfileCatalogue.load(parent.ruleFiles());
        PrintWriter out = spec.commandLine().getOut();
        if (format == CheckCommand.Format.json) {
            out.println(Json.MAPPER.writeValueAsString(catalogue.profiles()));
        } else {
            for (OutlineProfile profile : catalogue.profiles()) {
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
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, ProfileItem item, String indent) {
        out.printf("%s%s %s%s%n", indent, item.isRequired() ? "■" : "□", item.name(),
                item.isRequired() ? "" : " (không bắt buộc)");
    }
}
