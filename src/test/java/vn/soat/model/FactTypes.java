package vn.soat.model;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The fact vocabulary as the compiled model has it: every record and enum of {@code vn.soat.model} (nested ones
 * too), each with what a DRL pattern can read — record components, public no-argument methods returning
 * {@code boolean} or {@code String}, enum constants — and the type of each, as docs/facts.md writes them.
 */
final class FactTypes {

    private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "equals");

    private FactTypes() {
    }

    /** Type name (nested as {@code Heading.Level}) → property → type, in source order; types sorted by name. */
    static Map<String, Map<String, String>> read() throws IOException {
        Map<String, Map<String, String>> types = new TreeMap<>();
        for (Class<?> type : modelClasses()) {
            if (type.isRecord()) {
                types.put(shortName(type), recordProperties(type));
            } else if (type.isEnum()) {
                Map<String, String> constants = new LinkedHashMap<>();
                for (Object constant : type.getEnumConstants()) {
                    constants.put(((Enum<?>) constant).name(), "constant");
                }
                types.put(shortName(type), constants);
            }
        }
        return types;
    }

    private static Map<String, String> recordProperties(Class<?> type) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            properties.put(component.getName(), typeName(component.getGenericType()));
        }
        Stream.of(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && m.getParameterCount() == 0)
                .filter(m -> m.getReturnType() == boolean.class || m.getReturnType() == String.class)
                .filter(m -> !OBJECT_METHODS.contains(m.getName()) && !properties.containsKey(m.getName()))
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .forEach((Method m) -> properties.put(m.getName() + "()", typeName(m.getGenericReturnType())));
        return properties;
    }

    /** {@code java.util.List<vn.soat.model.Heading$Level>} → {@code List<Heading.Level>}. */
    static String typeName(Type type) {
        return type.getTypeName().replaceAll("\\b[a-z][a-z0-9_]*\\.", "").replace('$', '.');
    }

    private static String shortName(Class<?> type) {
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    }

    /** The classes compiled from src/main/java/vn/soat/model, read from the directory that holds them. */
    private static Iterable<Class<?>> modelClasses() throws IOException {
        Path folder;
        try {
            folder = Path.of(Document.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve("vn/soat/model");
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> "vn.soat.model." + n.substring(0, n.length() - ".class".length()))
                    .sorted().map(FactTypes::load).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, FactTypes.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
