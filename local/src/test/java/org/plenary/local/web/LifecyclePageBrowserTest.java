package org.plenary.local.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.plenary.local.PlenaryStack;

import java.io.IOException;

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
    void aSponsorIssuesARevisionAndAVoteResultAppearsLive() throws Exception {
        HeadlessChromium.assumeInstalled();
        String draft = api.importSample();
        page.open(draft);
        assertThat(browser.find("#lifecycle-state").getText()).isEqualTo("under negotiation");
        assertThat(browser.find("#lifecycle-revision").getText()).isEqualTo("as submitted");

        page.signIn("dev:BRA", "Brazil", "#revision-form");
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
        browser.saveScreenshot("web-lifecycle.png");
    }
}
