package vn.soat.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake picocli finds while reading the arguments, said in one Vietnamese line: what was wrong and, where
 * there is a short list, what is accepted ({@code --format không nhận "xml"; dùng một trong: text, json, html,
 * sarif}). picocli's own messages are English; a message soát wrote itself (a converter's, "thiếu lệnh con") is
 * kept as it is.
 */
final class ParameterMistake {

    private ParameterMistake() {
    }

    /** The line after {@code soát: }, without the hint to {@code --help}. */
    static String describe(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched) + dashedFile(unmatched.getUnmatched());
        }
        if (e instanceof MissingParameterException missing) {
            return missing(missing) + dashedFile(missing.getCommandLine().getUnmatchedArguments());
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return name(overwritten.getOverwritten()) + " chỉ được ghi một lần";
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return badValue(e);
        }
        return e.getMessage();
    }

    /** The command whose {@code --help} the user should read: {@code soat check --help}. */
    static String helpHint(ParameterException e) {
        CommandLine command = e.getCommandLine();
        return "Xem: " + command.getCommandSpec().qualifiedName() + " --help";
    }

    private static String unmatched(UnmatchedArgumentException e) {
        List<String> words = e.getUnmatched();
        String first = words.isEmpty() ? "" : words.get(0);
        List<String> suggestions = e.getSuggestions();
        String didYouMean = suggestions.isEmpty() ? "" : "; có phải: " + String.join(", ", suggestions) + "?";
        if (first.startsWith("-")) {
            return "không có tùy chọn " + first + didYouMean;
        }
        return "thừa đối số \"" + first + "\"" + didYouMean;
    }

    /** A file whose name starts with "-" ({@code -x.pdf}) reads as an option: say how to name it. */
    private static String dashedFile(List<String> unmatched) {
        return unmatched.stream().filter(word -> word.startsWith("-") && exists(word)).findFirst()
                .map(word -> "; tệp có tên bắt đầu bằng \"-\" hãy ghi ./" + word + " hoặc đặt sau --").orElse("");
    }

    private static boolean exists(String word) {
        try {
            return Files.exists(Path.of(word));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String missing(MissingParameterException e) {
        List<String> what = new ArrayList<>();
        for (ArgSpec arg : e.getMissing()) {
            what.add(arg instanceof OptionSpec option
                    ? name(option) + " cần một giá trị" + accepted(option).map(values -> ": " + values)
                            .orElse(arg.paramLabel().isBlank() ? "" : " (" + arg.paramLabel() + ")")
                    : "thiếu " + arg.paramLabel());
        }
        return what.isEmpty() ? e.getMessage() : String.join("; ", what);
    }

    private static String badValue(ParameterException e) {
        ArgSpec arg = e.getArgSpec();
        String head = name(arg) + " không nhận \"" + e.getValue() + "\"";
        Optional<String> accepted = accepted(arg);
        if (accepted.isPresent()) {
            return head + "; dùng một trong: " + accepted.get();
        }
        Class<?> type = arg.type();
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return head + "; cần một số nguyên";
        }
        if (type == Path.class) {
            return head + Inputs.localeHint(e.getValue());
        }
        if (type == LocalDate.class && e.getCause() != null) {
            return name(arg) + ": " + e.getCause().getMessage(); // CheckCommand.DeadlineConverter's own Vietnamese
        }
        return head;
    }

    /** {@code text, json, html, sarif}: the values an option takes, when it names them. */
    private static Optional<String> accepted(ArgSpec arg) {
        Iterable<String> candidates = arg.completionCandidates();
        if (candidates == null || !candidates.iterator().hasNext()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        candidates.forEach(values::add);
        return Optional.of(String.join(", ", values));
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return arg == null ? "đối số" : arg.paramLabel();
    }
}
