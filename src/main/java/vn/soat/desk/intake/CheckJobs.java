package vn.soat.desk.intake;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The check of a received file as a db-scheduler one-time job (table {@code scheduled_tasks}): the
 * core library with our own beans, its Spring Boot starter not being built for Boot 4. Every instance
 * started with {@code soat.desk.scheduler.enabled} (default true) polls the table and runs what is
 * due; a job picked by an instance that died is taken over once its heartbeats stop. Polling starts
 * once the service is ready ({@link CheckPolling}); the setting is read then, not when the beans are
 * defined, so it also holds for bean definitions generated at build time (Spring AOT).
 */
@Configuration
class CheckJobs {

    static final TaskDescriptor<Void> CHECK = TaskDescriptor.of("soat-check-received-file");

    @Bean
    Task<Void> checkTask(CheckRunner runner) {
        return Tasks.oneTime(CHECK).execute((instance, context) -> runner.check(instance.getId()));
    }

    /** Schedules through the transaction of the caller, so a file and its job are stored together. */
    @Bean
    @Primary
    SchedulerClient schedulerClient(DataSource dataSource, List<Task<?>> tasks) {
        return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), tasks).build();
    }

    /** Created and started by {@link CheckPolling} when the service is ready; stopped with the service. */
    @Bean(destroyMethod = "stop")
    Scheduler checkScheduler(DataSource dataSource, List<Task<?>> tasks, Environment environment) {
        int threads = environment.getProperty("soat.desk.check-threads", Integer.class, 0);
        long poll = environment.getProperty("soat.desk.poll-millis", Long.class, 500L);
        return Scheduler.create(dataSource, tasks)
                .threads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors())
                .pollingInterval(Duration.ofMillis(poll))
                .heartbeatInterval(Duration.ofSeconds(30))
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }
}
