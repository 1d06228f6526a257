package vn.soat.web;

import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.soat.check.CheckPipeline;
import vn.soat.extract.ocr.OcrEngine;
import vn.soat.extract.ocr.OcrSettings;
import vn.soat.extract.ocr.OcrStatus;
import vn.soat.rulesdir.RuleFiles;

/** The check pipeline as a bean: compiled once per process; {@code soat serve} hands in the one it already started. */
@Configuration
class PipelineConfig {

    @Bean
    @ConditionalOnMissingBean
    CheckPipeline checkPipeline(SoatProperties properties, Environment environment) {
        RuleFiles files = properties.rulesDir().isBlank() ? RuleFiles.defaults() : RuleFiles.in(Path.of(properties.rulesDir()));
        return CheckPipeline.load(files, OcrEngine.create(OcrSettings.from(environment::getProperty)));
    }

    /** Up only once the rules are compiled: the service is not ready before it can check. */
    @Bean
    HealthIndicator rules(CheckPipeline pipeline) {
        return () -> pipeline.rulesReady()
                ? Health.up().withDetail("rules", pipeline.rules().catalogue().size()).build()
                : Health.down().withDetail("rules", "đang biên dịch").build();
    }

    /**
     * Whether scans can be read. UNKNOWN, not DOWN, when Tesseract is missing: the service still
     * checks every file with text, so it must not be taken out of a load balancer for it.
     */
    @Bean
    HealthIndicator ocr(CheckPipeline pipeline) {
        return () -> health(pipeline.ocr().status());
    }

    static Health health(OcrStatus status) {
        return status.available()
                ? Health.up().withDetail("version", status.version()).withDetail("languages", status.languages()).build()
                : Health.unknown().withDetail("available", false).withDetail("reason", status.reason()).build();
    }
}
