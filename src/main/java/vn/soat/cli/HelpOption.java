package vn.soat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code -h}/{@code --help} on every command, said in Vietnamese (picocli's standard mixin says it in English). */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "In hướng dẫn này rồi thoát.")
    boolean help;

    /** The headings of every command's usage text in Vietnamese. */
    static void headingsInVietnamese(CommandLine command) {
        command.getCommandSpec().usageMessage()
                .synopsisHeading("Cách dùng: ")
                .descriptionHeading("%n")
                .parameterListHeading("%nTham số:%n")
                .optionListHeading("%nTùy chọn:%n")
                .commandListHeading("%nLệnh:%n");
        command.getSubcommands().values().forEach(HelpOption::headingsInVietnamese);
    }
}
