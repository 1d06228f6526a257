package vn.soat.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.soat.history.CheckHistory;

/**
 * The web service: upload page, REST API, stored history. Started by {@code soat serve}; {@link #main} is the
 * entry point of Spring's ahead-of-time processing at build time (pom.xml, {@code process-aot}).
 */
@SpringBootApplication(scanBasePackageClasses = {SoatWebApplication.class, CheckHistory.class}, scanBasePackages = "vn.soat.desk")
public class SoatWebApplication {

    /** The service without the command line around it; {@code soat serve} is the way to start it. */
    public static void main(String[] args) {
        SpringApplication.run(SoatWebApplication.class, args);
    }
}
