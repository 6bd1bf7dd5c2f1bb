package org.plenary.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenary.local.web.HeadlessChromium;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML export of the imported sample in a real browser (Debian's headless chromium): title, the seven
 * operative paragraphs numbered with italic verbs, footnote calls that lead to their notes. Leaves a
 * full-page screenshot, {@code draft-page.png}, in the build directory.
 */
class DraftPageBrowserTest {

    private static PlenaryStack stack;
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        if (!HeadlessChromium.installed()) {
            return; // each test is skipped, saying why
        }
        stack = PlenaryStack.builder().build().start();
        chromium = new HeadlessChromium(1000, 1400);
        browser = chromium.driver;
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @BeforeEach
    void browserInstalled() {
        HeadlessChromium.assumeInstalled();
    }

    @Test
    void theImportedSampleReadsAsAUnDocument() throws Exception {
        Http.Response created = new Http().postText(stack.commandUrl() + "/api/drafts/import", "dev:BRA",
                PlenaryLocal.readSample());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String page = stack.queryUrl() + "/api/drafts/" + created.json().get("draftId").asText() + "/html?minVersion=1";

        browser.get(page);
        assertThat(browser.getTitle()).isEqualTo("Strengthening international cooperation to combat cybercrime");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(browser.getTitle());

        List<WebElement> operative = browser.findElements(By.cssSelector("ol.op-list > li.op"));
        assertThat(operative).hasSize(7);
        for (int i = 0; i < operative.size(); i++) {
            WebElement paragraph = operative.get(i);
            assertThat(paragraph.findElement(By.cssSelector(".num")).getText()).isEqualTo((i + 1) + ".");
            WebElement verb = paragraph.findElement(By.cssSelector("p > em"));
            assertThat(verb.getCssValue("font-style")).isEqualTo("italic");
            assertThat(paragraph.findElement(By.tagName("p")).getText()).startsWith(verb.getText() + " ");
        }
        assertThat(operative.get(0).findElement(By.cssSelector("p > em")).getText()).isEqualTo("Requests");
        assertThat(operative.get(1).findElements(By.cssSelector("ul.items > li"))).hasSize(6);

        WebElement call = browser.findElement(By.cssSelector("sup.note-call a"));
        assertThat(call.getAttribute("href")).endsWith("#fn1");
        call.click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("#fn1"));
        WebElement note = browser.findElement(By.id("fn1"));
        assertThat(note.getText()).contains("General Assembly resolution 65/230, annex.");
        assertThat(inViewport(note)).as("the note is scrolled into view").isTrue();

        note.findElement(By.cssSelector("a[role=doc-backlink]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("#fnref1"));
        assertThat(inViewport(browser.findElement(By.id("fnref1")))).isTrue();

        // Last: capturing beyond the viewport resizes it for a moment, which upsets clicks that follow.
        Path screenshot = Files.write(buildDirectory().resolve("draft-page.png"), chromium.fullPageScreenshot());
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    private static boolean inViewport(WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + "return r.top >= 0 && r.bottom <= window.innerHeight;", element);
    }

    /** target/ or whatever -Dplenary.target names: the parent of the test classes. */
    private static Path buildDirectory() throws Exception {
        return Path.of(DraftPageBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}
