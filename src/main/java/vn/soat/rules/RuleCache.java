package vn.soat.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.rulesdir.RuleLoadException;

/**
 * Where a compiled rule base comes from, cheapest first: the kjar the build made when the rules are the shipped
 * ones (the usual case, also for a {@code ./rules} copy that nobody edited); else a kjar in the cache directory
 * under the content hash of the {@code .drl} files (an edited directory that was compiled before); else the DRL is
 * compiled to the executable model now and the kjar stored in the cache for the next start. A cache that cannot be
 * written only costs the next start its compilation.
 */
final class RuleCache {

    private static final Logger LOG = LoggerFactory.getLogger(RuleCache.class);

    private RuleCache() {
    }

    /** The KieBase of the rules; {@link RuleLoadException} with file and line when they do not compile. */
    static KieBase kieBase(RuleFiles source, List<RuleFiles.RuleFile> drl, Optional<Path> cacheDir) {
        String key = key(drl);
        Optional<CompiledRules.Packaged> packaged = CompiledRules.packaged();
        if (packaged.isPresent() && packaged.get().key().equals(key)) {
            return CompiledRules.load(packaged.get().kjar());
        }
        // A cached kjar is only good for the classes it was compiled against: the packaged key stands for this build.
        String cacheKey = key(key + packaged.map(CompiledRules.Packaged::key).orElse("dev"));
        Optional<Path> file = cacheDir.map(dir -> dir.resolve(cacheKey + ".kjar"));
        if (file.isPresent() && Files.isRegularFile(file.get())) {
            try {
                return CompiledRules.load(Files.readAllBytes(file.get()));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cached rules {} could not be loaded ({}); compiling again", file.get(), e.getMessage());
            }
        }
        byte[] kjar = RuleCompiler.executableModel(drl, source.describe(), cacheKey);
        file.ifPresent(path -> store(path, kjar));
        return CompiledRules.load(kjar);
    }

    /** SHA-256 (hex) of the rules' paths and contents: the same text gives the same key wherever it lies. */
    static String key(List<RuleFiles.RuleFile> drl) {
        StringBuilder text = new StringBuilder("drools ").append(KieBase.class.getPackage().getImplementationVersion());
        for (RuleFiles.RuleFile file : drl) {
            text.append('\0').append(file.path()).append('\0').append(file.content());
        }
        return key(text.toString());
    }

    private static String key(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void store(Path file, byte[] kjar) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), "rules", ".part");
            Files.write(partial, kjar);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            LOG.info("Compiled rules not cached in {}: {}", file.getParent(), e.toString());
        }
    }
}
