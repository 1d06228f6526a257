package vn.soat.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the service where to find it. */
@Component
class ReadyAnnouncement {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyAnnouncement.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            int port = web.getWebServer().getPort();
            LOG.info("soát is running at http://localhost:{}/ (API: /api/v1, OpenAPI: /v3/api-docs)", port);
            LOG.info("Reviewer's desk: sign in at http://localhost:{}/login as 'admin' with SOAT_ADMIN_PASSWORD "
                    + "(or the password printed once at the first start); admins add reviewers at /desk/admin", port);
        }
    }
}
