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
            LOG.info("soát is running at http://localhost:{}/ (API: /api/v1, OpenAPI: /v3/api-docs)", web.getWebServer().getPort());
        }
    }
}
