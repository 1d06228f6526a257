package vn.soat.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.soat.rulesdir.RuleFiles;

/**
 * Build step ({@code process-classes}, see pom.xml): compiles the shipped {@code rules/*.drl} to Drools' executable
 * model and writes {@code soat-rules.kjar} with its key into the classes directory, so that no start of soát
 * compiles them. Skipped when the key on disk already matches the rules. A rule that does not compile fails the
 * build with its file and line. Usage: {@code PrecompiledRules RULES_DIR CLASSES_DIR}.
 */
public final class PrecompiledRules {

    private PrecompiledRules() {
    }

    public static void main(String[] args) throws IOException {
        RuleFiles rules = RuleFiles.in(Path.of(args[0]));
        Path classes = Path.of(args[1]);
        List<RuleFiles.RuleFile> drl = rules.list(".drl");
        String key = RuleCache.key(drl);
        Path kjar = classes.resolve(CompiledRules.PACKAGED.substring(1));
        Path keyFile = classes.resolve(CompiledRules.PACKAGED_KEY.substring(1));
        if (Files.isRegularFile(kjar) && Files.isRegularFile(keyFile)
                && Files.readString(keyFile, StandardCharsets.UTF_8).strip().equals(key)) {
            return;
        }
        Files.write(kjar, RuleCompiler.executableModel(drl, rules.describe(), key.substring(0, 12)));
        Files.writeString(keyFile, key + "\n", StandardCharsets.UTF_8);
    }
}
