package vn.soat.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.soat.history.CheckHistory;

/** The web service: upload page, REST API, stored history. Started by {@code soat serve}. */
@SpringBootApplication(scanBasePackageClasses = {SoatWebApplication.class, CheckHistory.class}, scanBasePackages = "vn.soat.desk")
public class SoatWebApplication {
}
