package vn.soat.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;
import vn.soat.finding.Severity;

/**
 * Every {@code soat.*} setting reaches the command line and the server the same way, from each source: an
 * application.yml, an environment variable, {@code -D}, a {@code --soat.x=y} argument.
 */
class SettingsSourcesTest {

    enum Source { YAML, ENVIRONMENT, SYSTEM_PROPERTY, ARGUMENT }

    @TempDir
    Path dir;

    private final List<String> arguments = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();

    @AfterEach
    void clearSystemProperties() {
        List.of("soat.rules-dir", "soat.max-upload-size", "soat.ocr.max-pages", "soat.rules.severity.SIG_DIGITAL_MISSING",
                "soat.rules.disabled", "soat.rules.reload", "spring.config.additional-location").forEach(System::clearProperty);
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void eachSourceIsHonouredByTheCommandLineAndTheServerAlike(Source source) throws IOException {
        Map<String, String> values = Map.of("soat.rules-dir", dir.resolve("regles").toString(), "soat.max-upload-size", "5MB",
                "soat.ocr.max-pages", "7", "soat.rules.severity.SIG_DIGITAL_MISSING", "WARNING",
                "soat.rules.disabled", "RCP_LIST_PUNCTUATION,FMT_ENDMARK_MISSING", "soat.rules.reload", "false");
        switch (source) {
            case YAML -> {
                Path yaml = dir.resolve("soat.yml");
                Files.writeString(yaml, """
                        soat:
                          rules-dir: %s
                          max-upload-size: 5MB
                          ocr:
                            max-pages: 7
                          rules:
                            severity:
                              SIG_DIGITAL_MISSING: WARNING
                            disabled: [RCP_LIST_PUNCTUATION, FMT_ENDMARK_MISSING]
                            reload: false
                        """.formatted(dir.resolve("regles")));
                arguments.add("--spring.config.additional-location=" + yaml);
            }
            case ENVIRONMENT -> values.forEach((key, value) -> environment.put(key.equals("soat.rules.severity.SIG_DIGITAL_MISSING")
                    ? "SOAT_RULES_SEVERITY_SIG_DIGITAL_MISSING" : key.toUpperCase().replaceAll("[.-]", "_"), value));
            case SYSTEM_PROPERTY -> values.forEach(System::setProperty);
            case ARGUMENT -> values.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        }

        SoatSettings commandLine = SettingsSources.resolve(arguments, environment);
        SoatSettings server = server();

        for (SoatSettings settings : List.of(commandLine, server)) {
            assertThat(settings.rulesDir()).isEqualTo(dir.resolve("regles").toString());
            assertThat(settings.maxUploadSize()).isEqualTo(DataSize.ofMegabytes(5));
            assertThat(settings.ocr().maxPages()).isEqualTo(7);
            assertThat(settings.ocr().dpi()).as("unset keeps its default").isEqualTo(200);
            assertThat(settings.rules().severity()).isEqualTo(Map.of("SIG_DIGITAL_MISSING", Severity.WARNING));
            assertThat(settings.rules().disabled()).containsExactlyInAnyOrder("RCP_LIST_PUNCTUATION", "FMT_ENDMARK_MISSING");
            assertThat(settings.rules().reload()).isFalse();
        }
        assertThat(commandLine).isEqualTo(server);
    }

    @ParameterizedTest
    @EnumSource(value = Source.class, names = {"ENVIRONMENT", "SYSTEM_PROPERTY"})
    void anArgumentWinsOverTheOtherSources(Source source) {
        if (source == Source.ENVIRONMENT) {
            environment.put("SOAT_MAX_UPLOAD_SIZE", "1MB");
        } else {
            System.setProperty("soat.max-upload-size", "1MB");
        }
        arguments.add("--soat.max-upload-size=3MB");
        assertThat(SettingsSources.resolve(arguments, environment).maxUploadSize()).isEqualTo(DataSize.ofMegabytes(3));
        assertThat(server().maxUploadSize()).isEqualTo(DataSize.ofMegabytes(3));
    }

    /** The server's settings: Spring Boot's own environment of an application started with the same sources. */
    private SoatSettings server() {
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setEnvironment(new StandardEnvironment() {
            @Override
            protected void customizePropertySources(org.springframework.core.env.MutablePropertySources sources) {
                super.customizePropertySources(sources);
                sources.replace(SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.copyOf(environment)));
            }
        });
        application.setDefaultProperties(Map.of("spring.main.banner-mode", "off", "logging.level.root", "WARN"));
        try (ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new))) {
            return SoatSettings.from(context.getEnvironment());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
