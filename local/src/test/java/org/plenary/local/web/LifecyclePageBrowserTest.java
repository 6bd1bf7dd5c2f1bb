package org.plenary.local.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.plenary.local.PlenaryStack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle in the page, in headless Chromium on the whole stack: Brazil (a main sponsor) issues Rev.1 from the
 * page and the panel shows it with a link to its changes; the secretariat's recorded vote, sent over the API, appears
 * live with its chart and the list by delegation, and the draft reads as adopted. Leaves {@code web-lifecycle.png} in
 * the build folder.
 */
class LifecyclePageBrowserTest {

    private static PlenaryStack stack;
    private static PlenaryApi api;
    private static HeadlessChromium browser;

    @BeforeAll
    static void start() throws IOException {
        if (!HeadlessChromium.installed()) {
            return; // the test is skipped, saying why
        }
        stack = PlenaryStack.builder().build().start();
        api = new PlenaryApi(stack);
        browser = new HeadlessChromium();
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
    void aSponsorIssuesARevisionAndAVoteResultAppearsLive() throws Exception {
        HeadlessChromium.assumeInstalled();
        String draft = api.importSample();
        browser.open(stack.queryUrl() + "/draft.html?id=" + draft);
        browser.waitFor("#op7");
        browser.waitFor("feed live", d -> "live".equals(browser.find("#connection").getAttribute("data-state")) ? true : null);
        assertThat(browser.find("#lifecycle-state").getText()).isEqualTo("under negotiation");
        assertThat(browser.find("#lifecycle-revision").getText()).isEqualTo("as submitted");

        browser.waitFor("sign-in form", d -> browser.find("#token").isDisplayed() ? true : null);
        browser.find("#token").sendKeys("dev:BRA");
        browser.find("#signin-form button").click();
        browser.waitFor("signed in", d -> browser.find("#actor-name").getText().equals("Brazil") ? true : null);
        browser.waitFor("#revision-form");
        browser.find("#revision-note").sendKeys("as agreed in informal consultations");
        browser.find("#issue-revision").click();
        try {
            browser.waitFor("Rev.1 shown", d -> browser.find("#lifecycle-revision").getText().startsWith("Rev.1") ? true : null);
        } catch (RuntimeException e) {
            throw new AssertionError("page: " + browser.js("return ['negotiator-error','negotiator-status','page-error','lifecycle']"
                    + ".map(id => id + '=' + document.getElementById(id).innerText).join(' | ')"), e);
        }
        assertThat(browser.find("#negotiator-status").getText()).startsWith("Issued ").endsWith("Rev.1.");
        assertThat(browser.find("#revision-changes").getText()).isEqualTo("Changes since the text as submitted");
        assertThat(browser.find("#revision-changes").getAttribute("href")).endsWith("/revisions/1/changes?format=html");

        api.command(draft, "/action", "SECRETARIAT", """
                {"method":"recordedVote","on":"draft","resolutionSymbol":"26/2","votes":{"BRA":"yes","CHN":"yes","FRA":"no","JPN":"abstain"}}""",
                201);
        browser.waitFor("#vote-V1");
        browser.waitFor("adopted", d -> browser.find("#lifecycle-state").getText().equals("adopted") ? true : null);
        assertThat(browser.driver.findElements(By.cssSelector("#vote-V1 meter"))).hasSize(4);
        assertThat(browser.js("return document.querySelector('#vote-V1 .vote-bar.yes meter').value")).isEqualTo(2L);
        assertThat(browser.js("return document.querySelector('#vote-V1 .vote-bar.absent meter').value")).isEqualTo(189L);
        assertThat(browser.js("return document.querySelector('#vote-V1 details').textContent")).asString()
                .contains("In favour: Brazil, China").contains("Against: France").contains("Abstaining: Japan");
        assertThat(browser.driver.findElements(By.cssSelector("#revision-form"))).as("an adopted draft takes no revision").isEmpty();
        Files.write(buildDirectory().resolve("web-lifecycle.png"), browser.fullPageScreenshot());
    }

    private static Path buildDirectory() throws Exception {
        return Path.of(LifecyclePageBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}
