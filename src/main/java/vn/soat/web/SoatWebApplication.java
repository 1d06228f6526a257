package vn.soat.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.soat.history.CheckHistory;

/**
 * The web service: upload page, REST API, stored history. Started by {@code soat serve}; {@link #main} is the
 * entry point of Spring's ahead-of-time processing at build time (pom.xml, {@code process-aot}).
 */
@OpenAPIDefinition(info = @Info(title = "soát — kiểm tra văn bản hành chính", version = "v1",
        description = "Kiểm tra thể thức và nội dung văn bản (Nghị định 30/2020/NĐ-CP) và bàn tiếp nhận của Sở. "
                + "Lỗi trả về theo RFC 9457 (application/problem+json)."))
@SpringBootApplication(scanBasePackageClasses = {SoatWebApplication.class, CheckHistory.class}, scanBasePackages = "vn.soat.desk")
public class SoatWebApplication {

    /** The service without the command line around it; {@code soat serve} is the way to start it. */
    public static void main(String[] args) {
        SpringApplication.run(SoatWebApplication.class, args);
    }
}
