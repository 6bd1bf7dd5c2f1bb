package org.plenary.local.web;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Debian's chromium, headless, driven by Debian's chromedriver given explicitly (so Selenium Manager never
 * runs and nothing is downloaded), with a throwaway profile.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final Path profile;
    public final ChromeDriver driver;

    /** Whether Debian's chromium and chromedriver are installed. */
    public static boolean installed() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    /**
     * Skips the calling test where chromium or chromedriver is not installed: a JUnit assumption, reported as a
     * skipped test with the reason. Call it from {@code @BeforeEach}; {@code @BeforeAll} starts nothing then.
     */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(installed(), () -> CHROMIUM + " or " + CHROMEDRIVER + " is not installed: browser test"
                + " skipped (apt-get install chromium chromium-driver to run it)");
    }

    public HeadlessChromium() throws IOException {
        this(1400, 1100);
    }

    /** A browser whose window has this size in CSS pixels (scrolling checks depend on it). */
    public HeadlessChromium(int width, int height) throws IOException {
        profile = Files.createTempDirectory("plenary-web-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    <T> T waitFor(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(what).until(condition);
    }

    /** Waits until an element matching css exists and returns it. */
    WebElement waitFor(String css) {
        return waitFor(css, d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    /** The whole page, not only the window (Chrome's DevTools command, through chromedriver). */
    @SuppressWarnings("unchecked")
    public byte[] fullPageScreenshot() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
                "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Leaves {@link #fullPageScreenshot()} in the build folder (beside test-classes) as {@code fileName}. */
    public void saveScreenshot(String fileName) throws IOException {
        Path build;
        try {
            build = Path.of(HeadlessChromium.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Files.write(build.resolve(fileName), fullPageScreenshot());
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
