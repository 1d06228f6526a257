package vn.soat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * A reviewer's round in a real headless Chromium (as BrowserTest: Debian's chromium and chromium-driver):
 * sign in, open a round, drop five files, read the board, return one file with its drafted comment.
 * Screenshots of each step go to target/screenshots/desk-*.png.
 */
@SpringBootTest(classes = SoatWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:deskbrowser;DB_CLOSE_DELAY=-1", "soat.admin.password=admin-pass-1", "soat.desk.poll-millis=100"})
class DeskBrowserTest {

    private static final List<String> FILES = List.of("fixtures/documents/dang-huyen-uy-bao-cao-2023.txt",
            "fixtures/documents/cv-bao-cao-so-nv-2025.txt", "fixtures/clean/ubnd-xa-6-thang-so-a-rap-2024.txt",
            "fixtures/clean/so-ngoai-vu-phan-thu-nhat-2023.txt", "fixtures/formats/base-nam.pdf");

    @LocalServerPort
    int port;

    @TempDir
    Path profileDir;

    private ChromeDriver browser;
    private Path screenshots;

    @BeforeEach
    void openBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,2000", "--lang=vi", "--user-data-dir=" + profileDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        screenshots = Files.createDirectories(Path.of("target/screenshots"));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReviewerSignsInOpensARoundDropsFiveFilesAndReturnsOneWithItsDraftedComment() throws Exception {
        Http admin = new Http(port, "admin", "admin-pass-1");
        admin.postJson("/api/v1/units", "{\"code\": \"NGASON\", \"name\": \"Huyện Nga Sơn\", \"issuerNames\": [\"Huyện ủy Nga Sơn\"]}");
        admin.postJson("/api/v1/units", "{\"code\": \"SNV\", \"name\": \"Sở Nội vụ\", \"issuerNames\": [\"Sở Nội vụ\"]}");
        admin.postJson("/api/v1/units", "{\"code\": \"LUNGNIEM\", \"name\": \"Xã Lũng Niêm\", \"issuerNames\": [\"UBND xã Lũng Niêm\"]}");
        admin.postJson("/api/v1/units", "{\"code\": \"SNGV\", \"name\": \"Sở Ngoại vụ\", \"issuerNames\": [\"Sở Ngoại vụ\"]}");
        admin.postJson("/api/v1/units", "{\"code\": \"PHUDINH\", \"name\": \"Xã Phú Đình\", \"issuerNames\": [\"UBND xã Phú Đình\"]}");
        admin.postJson("/api/v1/units", "{\"code\": \"TANHOA\", \"name\": \"Xã Tân Hòa\", \"issuerNames\": [\"UBND xã Tân Hòa\"]}");
        String base = "http://localhost:" + port;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        browser.get(base + "/desk");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("admin-pass-1");
        shot("desk-1-sign-in");
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-round"))).click();

        browser.findElement(By.id("title")).sendKeys("Báo cáo công tác đối ngoại năm 2025");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("profile"))).selectByValue("doi-ngoai-nam");
        browser.executeScript("document.getElementById('deadline').value = '2099-12-15'");
        browser.findElement(By.id("requestLetter")).sendKeys("Công văn số 123/SNgV-HTQT ngày 01/11/2025");
        shot("desk-2-open-round");
        browser.findElement(By.id("open-round")).click();

        WebElement files = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("files")));
        files.sendKeys(String.join("\n", FILES.stream().map(f -> Path.of(f).toAbsolutePath().toString()).toList()));
        browser.findElement(By.id("receive")).click();
        // Shown until the progress bar's first look (1.5 s) finds every check done and reloads the page: look often.
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(100))
                .until(ExpectedConditions.textToBe(By.id("message"), "Đã nhận 5 tệp; soát đang kiểm tra."));
        shot("desk-3-received");
        // the progress bar reloads the page once every check is done: then no row is still being checked
        new WebDriverWait(browser, Duration.ofSeconds(120)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#progress:not([hidden])")).isEmpty());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#board tbody tr"));
        assertThat(rows).hasSize(6);
        assertThat(browser.findElement(By.cssSelector("#board tr[data-unit='TANHOA']")).getText()).contains("Chưa gửi");
        assertThat(browser.findElement(By.cssSelector("#board tr[data-unit='SNV']")).getText()).contains("cv-bao-cao-so-nv-2025.txt");
        shot("desk-4-board");

        browser.findElement(By.linkText("cv-bao-cao-so-nv-2025.txt")).click();
        WebElement comment = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment")));
        String drafted = comment.getAttribute("value");
        shot("desk-5-submission");
        assertThat(drafted).contains("chưa đạt yêu cầu, đề nghị đơn vị chỉnh sửa và gửi lại");
        comment.sendKeys("\nĐề nghị gửi lại trước ngày 20/12.");
        browser.findElement(By.id("return")).click();
        WebElement trail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trail")));
        assertThat(trail.getText()).contains("Trả lại").contains("admin").contains("Đề nghị gửi lại trước ngày 20/12.");
        shot("desk-6-returned");

        browser.findElement(By.id("print-comment")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-text"))).getText()).isNotBlank();
        shot("desk-7-comment-to-print");
    }

    private void shot(String name) throws Exception {
        Files.write(screenshots.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        Files.writeString(screenshots.resolve(name + ".html"), browser.getPageSource());
    }
}
