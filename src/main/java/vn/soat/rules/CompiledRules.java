package vn.soat.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

/**
 * Loads a rule base compiled to Drools' executable model (a kjar of Java classes, see {@link RuleCompiler}): the
 * classes are defined from memory and the KieBase is assembled from them, with nothing parsed or compiled. The
 * rules shipped in the jar were compiled at build time ({@link PrecompiledRules}) into {@value #PACKAGED}.
 */
final class CompiledRules {

    /** The shipped rules, compiled at build time; next to it {@value #PACKAGED_KEY} names the content it was made from. */
    static final String PACKAGED = "/soat-rules.kjar";
    static final String PACKAGED_KEY = "/soat-rules.kjar.key";

    private CompiledRules() {
    }

    /** The KieBase of a kjar; an {@link IllegalStateException} when the bytes are not one (a damaged cache entry). */
    static KieBase load(byte[] kjar) {
        Map<String, byte[]> entries = unzip(kjar);
        ClassLoader loader = new KjarClassLoader(entries, CompiledRules.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        String index = entries.entrySet().stream().filter(e -> e.getKey().endsWith("/drools-model"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst()
                .orElseThrow(() -> new IllegalStateException("not a kjar of the executable model"));
        try {
            for (String line : index.split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                    models.add((Model) loader.loadClass(name).getConstructor().newInstance());
                }
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the kjar does not fit these classes: " + e, e);
        }
        return KieBaseBuilder.createKieBaseFromModel(models, KieServices.Factory.get().newKieBaseConfiguration(null, loader));
    }

    /** The shipped kjar and the key of the rules it was compiled from, when the build made them. */
    static java.util.Optional<Packaged> packaged() {
        try (InputStream key = CompiledRules.class.getResourceAsStream(PACKAGED_KEY)) {
            if (key == null) {
                return java.util.Optional.empty();
            }
            String text = new String(key.readAllBytes(), StandardCharsets.UTF_8).strip();
            return java.util.Optional.of(new Packaged(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped kjar; its bytes are read only when they are used. */
    record Packaged(String key) {
        byte[] kjar() {
            try (InputStream in = CompiledRules.class.getResourceAsStream(PACKAGED)) {
                if (in == null) {
                    throw new IllegalStateException(PACKAGED + " is missing next to " + PACKAGED_KEY);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Map<String, byte[]> unzip(byte[] kjar) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("not a kjar: " + e.getMessage(), e);
        }
        return entries;
    }

    /** Defines the generated rule classes from the kjar's bytes, everything else from the application. */
    private static final class KjarClassLoader extends ClassLoader {

        private final Map<String, byte[]> entries;

        KjarClassLoader(Map<String, byte[]> entries, ClassLoader parent) {
            super(parent);
            this.entries = entries;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = entries.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            byte[] bytes = entries.get(name);
            return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
        }
    }
}
