package org.plenary.local.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.plenary.local.PlenaryStack;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Informal consultations in the page, in headless Chromium on the whole stack: Egypt, speaking for the African Group,
 * selects words and asks for brackets around them; the brackets appear in the text and the panel; Brazil (a main
 * sponsor) lifts them and marks the paragraph agreed ad ref, which the text and the progress chart show. Leaves
 * {@code web-consultation.png} in the build folder.
 */
class ConsultationPageBrowserTest {

    private static PlenaryStack stack;
    private static PlenaryApi api;
    private static HeadlessChromium browser;
    private static DraftPage page;

    @BeforeAll
    static void start() throws IOException {
        if (!HeadlessChromium.installed()) {
            return; // the test is skipped, saying why
        }
        stack = PlenaryStack.builder().build().start();
        api = new PlenaryApi(stack);
        browser = new HeadlessChromium();
        page = new DraftPage(browser, stack);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aDelegationBracketsASelectionAndTheFacilitatorSettlesTheParagraph() throws Exception {
        HeadlessChromium.assumeInstalled();
        String draft = api.importSample();
        page.open(draft);
        page.signIn("dev:EGY", "Egypt", "#consult-form:not([hidden])");

        page.select("op3", "possible", "conclusions");
        browser.waitFor("selection usable", d -> browser.find("#bracket-selection").isEnabled() ? true : null);
        new Select(browser.find("#on-behalf-of")).selectByValue("African Group");
        browser.find("#bracket-selection").click();
        browser.waitFor("#op3 .bracket[data-bracket='B1']");
        assertThat(browser.find("#negotiator-status").getText()).isEqualTo("Brackets B1 placed.");
        browser.waitFor("bracketed words in the text",
                d -> page.paragraph("op3").contains("develop [possible conclusions] and recommendations") ? true : null);
        assertThat(browser.find("#bracket-B1").getText()).contains("B1 possible conclusions in 3")
                .contains("asked for by Egypt on behalf of the Group of African States");

        String op3 = api.paragraphText(draft, 2, "op3");
        JsonNode b1 = api.consultation(draft, 2).get("brackets").get(0);
        assertThat(b1.get("requestedBy").asText()).isEqualTo("EGY");
        assertThat(b1.get("onBehalfOf").asText()).isEqualTo("Group of African States");
        assertThat(b1.get("positions").get(0).get("start").asInt()).isEqualTo(op3.indexOf("possible conclusions"));
        assertThat(b1.get("positions").get(0).get("end").asInt()).isEqualTo(op3.indexOf(" and recommendations"));
        assertThat(browser.driver.findElements(By.cssSelector("#bracket-B1 button.lift"))).as("Egypt asked: may lift").hasSize(1);
        assertThat(browser.find("#status-controls").isDisplayed()).as("statuses are for the sponsors").isFalse();

        browser.find("#signout").click();
        page.signIn("dev:BRA", "Brazil", "#consult-form:not([hidden])");
        browser.waitFor("#bracket-B1 button.lift").click();
        browser.waitFor("brackets lifted", d -> browser.driver.findElements(By.cssSelector("#op3 .bracket")).isEmpty() ? true : null);
        new Select(browser.find("#consult-paragraph")).selectByValue("op3");
        new Select(browser.find("#status-value")).selectByValue("agreed-ad-ref");
        browser.find("#mark-status").click();
        browser.waitFor("#op3 .status-badge[data-status='agreed-ad-ref']");
        assertThat(browser.js("return document.querySelector('#op3 .status-badge').textContent")).isEqualTo("agreed ad ref");
        browser.waitFor("#status-op3");
        assertThat(browser.driver.findElements(By.cssSelector("#consultation svg.progress-chart path.band-agreedAdRef"))).hasSize(1);
        assertThat(browser.find("#consultation .progress .meta").getText())
                .isEqualTo("Now: 0 agreed, 1 ad ref, 13 open; 0 open brackets.");
        browser.saveScreenshot("web-consultation.png");
    }
}
