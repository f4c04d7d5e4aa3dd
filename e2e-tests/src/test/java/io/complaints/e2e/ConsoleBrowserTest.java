package io.complaints.e2e;

import io.complaints.devstack.DevStack;
import io.complaints.devstack.KeycloakServer;
import io.complaints.devstack.Platform;
import io.complaints.devstack.demo.Roster;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console in a real browser (Debian's headless Chromium through its chromedriver) against the whole
 * platform: a handler signs in at the identity provider, sees a newly posted complaint appear in the queue
 * without reloading, opens it, resolves it, and sees the follow-up arrive on its timeline; a manager sees the
 * dashboard. Screenshots of the screens land in target/screenshots (the README shows copies).
 */
class ConsoleBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path LOGS = Platform.projectRoot().resolve("e2e-tests/target/console-logs");
    private static final Path SCREENSHOTS = Platform.projectRoot().resolve("e2e-tests/target/screenshots");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static Platform platform;

    private WebDriver browser;
    private WebDriverWait waiting;

    @BeforeAll
    static void startThePlatform() {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "The console's browser test needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)");
        platform = Platform.start(DevStack.shared(), Platform.projectRoot(), LOGS,
                Map.of("followup", Map.of("followup.default-delay", "PT2S", "followup.delays.P1", "PT2S")), Duration.ofMinutes(3));
        new Roster(platform.url("escalation"), DevStack.shared().keycloak().userToken("admin")).seed();
    }

    @AfterAll
    static void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @BeforeEach
    void openABrowser() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // as the machine's own probe starts it: no sandbox as root, and no calls home on a closed network
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1440,1000", "--user-data-dir=" + Files.createTempDirectory("console-browser"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        waiting = new WebDriverWait(browser, WAIT);
    }

    /** What the browser showed last, to read when a test fails: a screenshot and the page as it was. */
    @AfterEach
    void closeTheBrowser(TestInfo test) throws IOException {
        if (browser != null) {
            String name = "last-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
            try {
                screenshot(name);
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
                Files.write(SCREENSHOTS.resolve(name + ".console.log"), browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList());
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void aHandlerSeesANewComplaintArriveOpensItResolvesItAndSeesTheFollowUp() throws IOException {
        signIn("dan");
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user"), "Dan"));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#queue-table tbody tr")));

        String complaintId = post("Where is my parcel?", "My parcel never arrived and nobody answers my emails. Third time I write!");
        By row = By.cssSelector("#queue-table tr[data-complaint='" + complaintId + "']");
        waiting.until(ExpectedConditions.presenceOfElementLocated(row)); // no reload: the change came as an event
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(row, "assigned"));
        screenshot("queue");

        browser.findElement(row).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("customer-words"), "never arrived"));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline li[data-type='case.assigned']")));
        assertTrue(browser.findElement(By.id("limit-hint")).getText().contains("250 EUR"), browser.findElement(By.id("limit-hint")).getText());
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "a complaint with confidence"));
        screenshot("case");

        WebElement resolve = browser.findElement(By.id("resolve-form"));
        new Select(resolve.findElement(By.name("type"))).selectByValue("refund");
        resolve.findElement(By.name("amount")).sendKeys("20");
        resolve.findElement(By.name("currency")).sendKeys("EUR");
        resolve.findElement(By.name("note")).sendKeys("Refunded the lost parcel");
        browser.findElement(By.id("resolve")).click();
        browser.findElement(By.tagName("body")).click(); // leave the form so live updates redraw the case

        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "resolved"));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline li[data-type='complaint.resolved']")));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline li[data-type='followup.requested']")));
        screenshot("case-resolved");
    }

    @Test
    void aManagerSeesTheDashboard() throws IOException {
        List<String> complaints = List.of(
                post("App crashes at checkout", "The app keeps crashing when I pay, I want my money back."),
                post("Charged twice", "You charged me twice for the same order. Fix it or I will call my lawyer!"),
                post("Rude staff", "The staff at your store were rude and laughed at me."),
                post("Replacement part", "Still waiting for the replacement part, it has been three weeks."));
        for (String complaintId : complaints) {
            awaitCase(complaintId);
        }
        signIn("mia");
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user"), "Mia"));
        browser.get(platform.url("console") + "/#/dashboard");
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tiles"), "Open cases"));
        waiting.until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return typeof Chart !== 'undefined' && Chart.getChart('chart-hourly') !== undefined"));
        screenshot("dashboard");
    }

    private void signIn(String user) {
        browser.get(platform.url("console") + "/");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))); // the identity provider's page
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(KeycloakServer.DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
    }

    private static String post(String subject, String message) {
        return given().baseUri(platform.url("intake")).auth().oauth2(DevStack.shared().keycloak().sourceToken())
                .contentType(ContentType.JSON)
                .body("""
                        {"channel": "email", "customer": {"id": "cust-browser", "name": "Rosa Park", "email": "rosa@example.com", "tier": "gold"},
                         "subject": "%s", "message": "%s"}""".formatted(subject, message))
                .post("/complaints").then().statusCode(201).extract().path("id");
    }

    /** Routed: the dashboard then shows each complaint with its tier rather than as untriaged. */
    private static void awaitCase(String complaintId) {
        String token = DevStack.shared().keycloak().userToken("mia");
        await().atMost(WAIT).until(() -> !given().baseUri(platform.url("escalation")).auth().oauth2(token)
                .queryParam("complaintId", complaintId).get("/cases").then().statusCode(200).extract().jsonPath().getList("$").isEmpty());
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
