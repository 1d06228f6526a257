package vn.soat.desk.intake;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts this instance's polling for check jobs ({@link CheckJobs}) once the service is ready: the checks that
 * waited in the database while no instance ran are taken up then, and the start-up itself does not wait for the
 * scheduler and the beans a check needs. With {@code soat.desk.scheduler.enabled=false} this instance only stores
 * files and schedules their jobs; another instance runs them.
 */
@Component
class CheckPolling {

    private final ObjectProvider<Scheduler> scheduler;
    private final boolean enabled;

    CheckPolling(ObjectProvider<Scheduler> scheduler, @Value("${soat.desk.scheduler.enabled:true}") boolean enabled) {
        this.scheduler = scheduler;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (enabled) {
            scheduler.getObject().start();
        }
    }
}
