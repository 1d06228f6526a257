package vn.soat.web;

import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.soat.check.CheckPipeline;
import vn.soat.check.RulesInUse;
import vn.soat.config.SoatSettings;
import vn.soat.extract.ocr.OcrEngine;
import vn.soat.extract.ocr.OcrStatus;

/** The settings and the check pipeline as beans: compiled once per process; {@code soat serve} hands in the one it started. */
@Configuration
class PipelineConfig {

    /** {@code soat.*}, bound the same way as on the command line ({@link SoatSettings}). */
    @Bean
    SoatSettings soatSettings(Environment environment) {
        return SoatSettings.from(environment);
    }

    /**
     * The pipeline of a service started without {@code soat serve} (tests, {@code SoatWebApplication.main}). With
     * Spring AOT the condition is decided at build time, so the definition is there, but the pipeline that
     * {@code soat serve} registers before the context starts is the one every bean gets.
     */
    @Bean
    @ConditionalOnMissingBean
    CheckPipeline checkPipeline(SoatSettings settings) {
        return CheckPipeline.load(settings.ruleFiles(), settings.rules(), OcrEngine.create(settings.ocr()));
    }

    /**
     * Up once the rules are compiled: the service is not ready before it can check. After a reload that failed it
     * stays up on the last good rules, and says which file and line keep the new ones out.
     */
    @Bean
    HealthIndicator rules(CheckPipeline pipeline) {
        return () -> health(pipeline.rulesReady(), pipeline.loaded(), pipeline.rulesReady() ? pipeline.rules().catalogue().size() : 0);
    }

    static Health health(boolean ready, RulesInUse loaded, int ruleIds) {
        if (!ready) {
            return Health.down().withDetail("rules", "đang biên dịch").withDetail("source", loaded.files().describe()).build();
        }
        Health.Builder health = Health.up().withDetail("rules", ruleIds).withDetail("version", loaded.version())
                .withDetail("source", loaded.files().describe());
        Optional<String> error = loaded.reloadError();
        error.ifPresent(message -> health.withDetail("reloadError", message)
                .withDetail("serving", "bộ quy tắc hợp lệ gần nhất (" + loaded.version() + ")"));
        return health.build();
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
                : Health.unknown().withDetail("available", false).withDetail("reason", status.reason().vi()).build();
    }
}
