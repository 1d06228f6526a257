package vn.soat.web;

import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.soat.check.CheckPipeline;
import vn.soat.rules.RuleFiles;

/** The check pipeline as a bean: compiled once per process; {@code soat serve} hands in the one it already started. */
@Configuration
class PipelineConfig {

    @Bean
    @ConditionalOnMissingBean
    CheckPipeline checkPipeline(SoatProperties properties) {
        RuleFiles files = properties.rulesDir().isBlank() ? RuleFiles.defaults() : RuleFiles.in(Path.of(properties.rulesDir()));
        return CheckPipeline.load(files);
    }

    /** Up only once the rules are compiled: the service is not ready before it can check. */
    @Bean
    HealthIndicator rules(CheckPipeline pipeline) {
        return () -> pipeline.rulesReady()
                ? Health.up().withDetail("rules", pipeline.rules().catalogue().size()).build()
                : Health.down().withDetail("rules", "đang biên dịch").build();
    }
}
