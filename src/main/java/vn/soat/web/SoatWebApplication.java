package vn.soat.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import vn.soat.history.CheckHistory;

/** The web service: upload page, REST API, stored history. Started by {@code soat serve}. */
@SpringBootApplication(scanBasePackageClasses = {SoatWebApplication.class, CheckHistory.class}, scanBasePackages = "vn.soat.desk")
@EnableConfigurationProperties(SoatProperties.class)
public class SoatWebApplication {
}
