package org.plenary.local.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.plenary.local.PlenaryStack;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amendments in the page, in headless Chromium on the whole stack: France proposes that operative paragraph 6
 * "should read" through the page's other edits; Germany's overlapping amendment and Italy's amendment to France's
 * come through the API and show (the sub-amendment under its parent, the overlap named); Brazil accepts Germany's in
 * the page, which overtakes France's (shown with what changed), and tables a compromise superseding it. Leaves
 * {@code web-amendments.png} in the build folder.
 */
class AmendmentsPageBrowserTest {

    private static final String SHOULD_READ = "*Decides* to hold the future sessions of the Expert Group within existing resources;";

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
    void everyKindOfAmendmentShowsAndIsDecidedInThePage() throws Exception {
        HeadlessChromium.assumeInstalled();
        String draft = api.importSample();
        page.open(draft);
        page.signIn("dev:FRA", "France", "#edit-form:not([hidden])");

        new Select(browser.find("#edit-kind")).selectByValue("replaceParagraph");
        new Select(browser.find("#edit-paragraph")).selectByValue("op6");
        browser.find("#edit-text").sendKeys(SHOULD_READ);
        browser.find("#propose-edit").click();
        browser.waitFor("#amendment-A1");
        assertThat(browser.find("#negotiator-status").getText()).isEqualTo("Amendment A1 proposed.");
        // the server's UN wording (GET …/wording), fetched once the card is shown
        browser.waitFor("the server's wording of A1", d -> browser.find("#amendment-A1 .ops").getText()
                .startsWith("Operative paragraph 6 should read: “6. Decides") ? true : null);

        api.propose(draft, "DEU", 2, "[{\"op\":\"replaceText\",\"paragraphId\":\"op6\",\"start\":0,\"end\":9,\"text\":\"*Agrees*\"}]");
        api.command(draft, "/amendments", "ITA", "{\"baseVersion\":3,\"amends\":\"A1\",\"operations\":[{\"op\":\"replaceParagraph\","
                + "\"paragraphId\":\"op6\",\"text\":\"" + SHOULD_READ.replace("existing", "available") + "\"}]}", 201);
        browser.waitFor("#amendment-A1 .sub-amendments #amendment-A3");
        browser.waitFor("overlap named", d -> browser.find("#amendment-A2").getText().contains("Overlaps: A1") ? true : null);

        browser.find("#signout").click();
        page.signIn("dev:BRA", "Brazil", "#edit-form:not([hidden])");
        browser.waitFor("#amendment-A2 button.accept").click();
        browser.waitFor("#amendment-A1 .badge-overtaken");
        assertThat(browser.find("#amendment-A1").getText()).contains("Overtaken by A2");
        assertThat(browser.find("#amendment-A3").getText()).contains("A1, which it amends, was overtaken by A2");

        browser.find("#compromise-supersedes").sendKeys("A1");
        new Select(browser.find("#compromise-paragraph")).selectByValue("op6");
        browser.find("#compromise-text").sendKeys(SHOULD_READ.replace("*Decides*", "*Agrees*"));
        browser.find("#propose-compromise").click();
        browser.waitFor("#amendment-A4 .compromise");
        assertThat(browser.find("#amendment-A4 .compromise").getText()).isEqualTo("Compromise superseding A1");
        assertThat(browser.find("#amendment-A1").getText()).contains("Compromise A4 would supersede it");
        assertThat(browser.driver.findElements(By.cssSelector("#amendment-A4 button.accept"))).hasSize(1);
        browser.saveScreenshot("web-amendments.png");
    }
}
