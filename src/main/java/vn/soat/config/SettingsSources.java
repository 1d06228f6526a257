package vn.soat.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * The property sources of the command line, in the order Spring Boot gives the server: arguments, system
 * properties, environment variables, then application.yml files (those of {@code spring.config.additional-location},
 * {@code ./config/application.yml}, {@code ./application.yml}, the jar's own). Only Spring's environment and binder
 * are used: no application context and nothing of the web stack is started.
 */
public final class SettingsSources {

    private static final List<String> FILES = List.of("file:./config/application.yml", "file:./application.yml",
            "classpath:/application.yml");

    private SettingsSources() {
    }

    /** The settings for {@code arguments} ({@code --soat.x=y}) with this process's properties and environment. */
    public static SoatSettings resolve(List<String> arguments) {
        return resolve(arguments, System.getenv());
    }

    /** As {@link #resolve(List)} with the given environment variables (a test's, or a child process's). */
    public static SoatSettings resolve(List<String> arguments, Map<String, String> environmentVariables) {
        return SoatSettings.from(environment(arguments, environmentVariables));
    }

    /**
     * The environment the server would start with for {@code arguments}, without starting it: for a setting that is
     * not {@code soat.*} ({@code server.port}, {@code spring.datasource.url}) that the command line needs to know.
     */
    public static Environment environment(List<String> arguments) {
        return environment(arguments, System.getenv());
    }

    private static StandardEnvironment environment(List<String> arguments, Map<String, String> environmentVariables) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.copyOf(environmentVariables)));
        sources.addFirst(new SimpleCommandLinePropertySource(arguments.stream()
                .filter(a -> a.startsWith("--")).toArray(String[]::new)));
        List<String> files = new ArrayList<>();
        String additional = environment.getProperty("spring.config.additional-location", "");
        for (String location : additional.split(",")) {
            if (!location.isBlank()) {
                files.add(location.strip().startsWith("classpath:") || location.strip().startsWith("file:")
                        ? location.strip() : "file:" + location.strip());
            }
        }
        files.addAll(FILES);
        for (String location : files) {
            load(location).forEach(sources::addLast);
        }
        ConfigurationPropertySources.attach(environment);
        return environment;
    }

    private static List<PropertySource<?>> load(String location) {
        Resource resource = new DefaultResourceLoader().getResource(location);
        if (!resource.exists()) {
            return List.of();
        }
        try {
            return new YamlPropertySourceLoader().load(location, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        }
    }
}
