package vn.soat.desk.people;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On a start with no admin, creates user {@code admin} with {@code soat.admin.password}
 * (SOAT_ADMIN_PASSWORD), else with a random password printed once in the log.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    private final Accounts accounts;
    private final Environment environment;

    FirstAdmin(Accounts accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            return;
        }
        String configured = environment.getProperty("soat.admin.password", "");
        if (!configured.isBlank()) {
            accounts.create(USERNAME, configured, Account.ADMIN);
            LOG.info("First admin created: sign in at /login as '{}' with the password of SOAT_ADMIN_PASSWORD", USERNAME);
            return;
        }
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        accounts.create(USERNAME, password, Account.ADMIN);
        LOG.warn("First admin created: sign in at /login as '{}' with password {} (shown only this once; "
                + "set SOAT_ADMIN_PASSWORD before the first start to choose it)", USERNAME, password);
    }
}
