package vn.soat.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;

/**
 * A setting's key as the user wrote it. Spring binds relaxed names and reports them in their uniform form
 * ({@code soat.rules.severity.sigauthority} for {@code --soat.rules.severity.SIG_AUTHORITY}); an error should name
 * the key the user can find in what they wrote: the argument, the environment variable
 * ({@code SOAT_RULES_SEVERITY_SIG_AUTHORITY}) or, for a YAML file, the name's parts as written there.
 */
final class WrittenKey {

    private WrittenKey() {
    }

    static String of(ConfigurationProperty property) {
        for (Origin origin = property.getOrigin(); origin != null; origin = origin.getParent()) {
            if (origin instanceof PropertySourceOrigin source) {
                return source.getPropertyName();
            }
        }
        ConfigurationPropertyName name = property.getName();
        return IntStream.range(0, name.getNumberOfElements())
                .mapToObj(i -> name.getElement(i, ConfigurationPropertyName.Form.ORIGINAL)).collect(Collectors.joining("."));
    }

    /**
     * The part of a written key after {@code last} ({@code severity}): {@code Sig-Authority} of
     * {@code soat.rules.severity.Sig-Authority}, {@code SIG_AUTHORITY} of {@code SOAT_RULES_SEVERITY_SIG_AUTHORITY}
     * and of {@code soat.rules.severity[SIG_AUTHORITY]}.
     */
    static String after(String key, String last) {
        int at = key.toLowerCase(Locale.ROOT).lastIndexOf(last.toLowerCase(Locale.ROOT));
        if (at < 0 || at + last.length() + 1 > key.length()) {
            return key;
        }
        String rest = key.substring(at + last.length() + 1);
        return rest.endsWith("]") ? rest.substring(0, rest.length() - 1) : rest;
    }

    /** Records, while a map is bound, each entry's key as written after the map's own name. */
    static final class Recorder implements BindHandler {

        private final String last;
        private final List<String> ruleNames = new ArrayList<>();

        /** @param last the last part of the map's name ({@code severity} of {@code soat.rules.severity}) */
        Recorder(String last) {
            this.last = last;
        }

        @Override
        public Object onSuccess(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Object result) {
            ConfigurationProperty property = context.getConfigurationProperty();
            if (property != null) {
                ruleNames.add(after(of(property), last));
            }
            return result;
        }

        List<String> ruleNames() {
            return ruleNames;
        }
    }
}
