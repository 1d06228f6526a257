package vn.soat.web;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the service does before it answers, although its beans are otherwise created when first needed
 * ({@code spring.main.lazy-initialization}): the database is migrated (Flyway), so that a health UP means the
 * tables are there. The rules compile on their own thread meanwhile ({@link PipelineConfig}); the desk's check
 * jobs start polling only once the service is ready ({@code vn.soat.desk.intake.CheckPolling}).
 */
@Configuration
class StartupWork {

    @Bean
    static LazyInitializationExcludeFilter migrateBeforeAnswering() {
        return LazyInitializationExcludeFilter.forBeanTypes(FlywayMigrationInitializer.class);
    }
}
