package vn.soat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's path through the page, in a real headless Chromium from Debian (.ci/run installs
 * chromium and chromium-driver): choose a seed, submit, read the verdict and a finding.
 */
@SpringBootTest(classes = SoatWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1")
class BrowserTest {

    @LocalServerPort
    int port;

    @TempDir
    Path profileDir;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,2000", "--lang=vi", "--user-data-dir=" + profileDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReviewerUploadsASeedAndReadsTheVerdict() throws Exception {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getTitle()).contains("Kiểm tra báo cáo");
        WebElement input = browser.findElement(By.id("files"));
        input.sendKeys(Path.of("fixtures/seeds/002_nga-son-doi-ngoai-2019.txt").toAbsolutePath().toString());
        browser.findElement(By.id("submit")).click();

        WebElement verdict = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertThat(verdict.getText()).isEqualTo("Trả lại");
        assertThat(browser.findElements(By.cssSelector(".finding .message")))
                .extracting(WebElement::getText)
                .anyMatch(message -> message.contains("sau mục \"III\" là mục \"VI\""));
        assertThat(browser.findElements(By.cssSelector(".coverage li"))).isNotEmpty();

        Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(screenshots.resolve("result-002.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
