package org.plenary.local.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.plenary.embedded.FreePorts;
import org.plenary.local.PlenaryStack;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web page in headless Chromium on the whole stack (memory backends): changes made through the API
 * appear live and highlighted, the page recovers from a restart of the query app without losing an event,
 * a negotiator proposes from a selection and a main sponsor accepts from the page, markup-like text stays
 * text, and the time slider shows earlier versions. Leaves {@code web-draft-page.png} in the build folder.
 */
class LiveDraftPageBrowserTest {

    private static final String ENCOURAGES = "*Encourages* the Expert Group to develop possible conclusions";

    private static final int BIND_ATTEMPTS = 3;

    private static PlenaryStack stack;
    private static PlenaryApi api;
    private static HeadlessChromium browser;
    private static DraftPage page;

    @BeforeAll
    static void start() throws IOException {
        if (!HeadlessChromium.installed()) {
            return; // each test is skipped, saying why
        }
        stack = startOnFixedPorts();
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

    @BeforeEach
    void signedOut() {
        HeadlessChromium.assumeInstalled();
        browser.open(stack.queryUrl() + "/api/config");
        browser.js("sessionStorage.clear()");
    }

    @Test
    void changesMadeElsewhereAppearWithoutReloadAndAreHighlighted() throws IOException {
        String draft = api.importSample();
        page.open(draft);
        browser.js("window.plenaryTestMarker = 'same page'");

        api.join(draft, "FRA");
        WebElement france = browser.waitFor("#sponsor-FRA");
        assertThat(france.getText()).startsWith("France");
        assertThat(france.getAttribute("class")).contains("just-changed");

        String a1 = api.propose(draft, "FRA", 2,
                "[{\"op\":\"replaceText\",\"paragraphId\":\"op3\",\"start\":0,\"end\":12,\"text\":\"*Invites*\"}]");
        WebElement deleted = browser.waitFor("#op3 del.tc[data-amendment='" + a1 + "']");
        assertThat(deleted.getText()).isEqualTo("Encourages");
        assertThat(browser.find("#op3 ins.tc").getText()).isEqualTo("Invites");
        assertThat(browser.find("#op3 .tc-tag").getText()).isEqualTo(a1 + " · France");
        // the server's UN wording (GET …/wording), fetched once the card is shown
        browser.waitFor("the server's wording of " + a1, d -> browser.find("#amendment-" + a1).getText()
                .contains("In operative paragraph 3, replace the word “Encourages” with “Invites”") ? true : null);
        assertThat(browser.driver.findElements(By.cssSelector("#amendment-" + a1 + " .ops em"))).extracting(WebElement::getText)
                .as("the quoted words keep their italics").containsExactly("Encourages", "Invites");

        long accepted = api.accept(draft, a1, "BRA");
        browser.waitFor("accepted text in op3", d -> page.paragraph("op3").startsWith("Invites the Expert Group") ? true : null);
        assertThat(browser.driver.findElements(By.cssSelector("#op3 del, #op3 ins"))).isEmpty();
        assertThat(browser.find("#op3").getAttribute("class")).contains("just-changed");
        assertThat(browser.find("#op3 em").getText()).isEqualTo("Invites");
        assertThat(browser.find("#version-output").getText()).contains("Version " + accepted);
        assertThat(browser.js("return window.plenaryTestMarker")).as("no reload").isEqualTo("same page");
        assertThat(browser.driver.findElements(By.cssSelector("#timeline li"))).hasSize((int) accepted);

        // The slider shows the text at version 1; its end is the live text again.
        browser.js("const s = document.getElementById('version-slider'); s.value = '1';"
                + "s.dispatchEvent(new Event('input', {bubbles: true}));");
        browser.waitFor("version 1 shown", d -> page.paragraph("op3").startsWith("Encourages") ? true : null);
        assertThat(browser.find("#document").getAttribute("class")).contains("historic");
        browser.find("#back-to-live").click();
        browser.waitFor("live text again", d -> page.paragraph("op3").startsWith("Invites") ? true : null);
        assertThat(browser.find("#back-to-live").isDisplayed()).isFalse();
    }

    @Test
    void recoversAfterTheQueryAppRestartsWithoutLosingAnEvent() throws IOException {
        String draft = api.importSample();
        page.open(draft);

        stack.stopQuery();
        browser.waitFor("connection lost shown",
                d -> "reconnecting".equals(browser.find("#connection").getAttribute("data-state")) ? true : null);
        api.join(draft, "FRA");
        String a1 = api.propose(draft, "DEU", 2,
                "[{\"op\":\"replaceText\",\"paragraphId\":\"op7\",\"start\":0,\"end\":10,\"text\":\"*Invites*\"}]");
        long accepted = api.accept(draft, a1, "CHN");
        stack.startQuery();

        browser.waitFor("live again", d -> "live".equals(browser.find("#connection").getAttribute("data-state"))
                && page.paragraph("op7").startsWith("Invites") ? true : null);
        assertThat(browser.find("#sponsor-FRA").getText()).startsWith("France");
        assertThat(textOf("#amendment-" + a1)).contains("Accepted");
        List<String> versions = browser.driver.findElements(By.cssSelector("#timeline li .v")).stream()
                .map(WebElement::getText).toList();
        assertThat(versions).as("every event once, newest first").containsExactly("v4", "v3", "v2", "v1");
        assertThat(accepted).isEqualTo(4);
    }

    @Test
    void aNegotiatorProposesFromASelectionAndAMainSponsorAcceptsFromThePage() throws Exception {
        String draft = api.importSample();
        page.open(draft);
        page.signIn("dev:FRA", "France", "#negotiator:not([hidden])");

        // The selection maps back to offsets in the markup text: across italics it takes the whole emphasis,
        // across a footnote call it counts the superscript character.
        String op1 = api.paragraphText(draft, 1, "op1");
        assertThat(selectAndMap("op1", "Requests", "the open", op1)).containsEntry("text", "*Requests* the open");
        Map<String, Object> world = selectAndMap("op1", "World", " and the Doha", op1);
        assertThat(world.get("text")).isEqualTo("World¹ and the Doha");
        assertThat(((Number) world.get("start")).intValue()).isEqualTo(op1.indexOf("World¹ and the Doha"));

        page.select("op3", "Encourages", "Encourages");
        browser.waitFor("selection shown", d -> browser.find("#selected-words").getText().equals("Encourages") ? true : null);
        browser.find("#replacement").sendKeys("Invites");
        browser.find("#propose-replace").click();
        browser.waitFor("#op3 del.tc[data-amendment='A1']");
        assertThat(browser.find("#negotiator-status").getText()).isEqualTo("Amendment A1 proposed.");

        JsonNode a1 = api.amendments(draft, 2).get("amendments").get(0);
        assertThat(a1.get("proposer").asText()).isEqualTo("FRA");
        JsonNode op = a1.get("operations").get(0);
        assertThat(List.of(op.get("paragraphId").asText(), op.get("start").asInt(), op.get("end").asInt(), op.get("text").asText()))
                .containsExactly("op3", 1, 11, "Invites");

        // France is not a main sponsor: no decision buttons; an attempt through the API fails in plain words.
        assertThat(browser.driver.findElements(By.cssSelector("button.accept"))).isEmpty();
        browser.saveScreenshot("web-draft-page.png");

        browser.find("#signout").click();
        page.signIn("dev:BRA", "Brazil", "#negotiator:not([hidden])");
        browser.waitFor("button.accept[data-amendment='A1']").click();
        browser.waitFor("accepted in the page", d -> page.paragraph("op3").startsWith("Invites the Expert Group") ? true : null);
        assertThat(api.paragraphText(draft, 3, "op3")).startsWith("*Invites* the Expert Group to develop");
        assertThat(textOf("#amendment-A1")).contains("Accepted");
    }

    @Test
    void errorsFromTheApiAreShownInPlainWords() throws IOException {
        String draft = api.importSample();
        page.open(draft);
        page.signIn("dev:FRA", "France", "#negotiator:not([hidden])");
        browser.find("#join").click();
        browser.waitFor("#sponsor-FRA");
        // Joining twice: the command app refuses (409), the page says why.
        browser.js("document.getElementById('join').hidden = false");
        browser.find("#join").click();
        String error = browser.waitFor("error shown", d -> {
            String text = browser.find("#negotiator-error").getText();
            return text.isEmpty() ? null : text;
        });
        assertThat(error).containsIgnoringCase("co-sponsor").doesNotContain("{").doesNotContain("409");

        browser.find("#signout").click();
        browser.find("#token").sendKeys("not-a-token");
        browser.find("#signin-form button").click();
        String refused = browser.waitFor("sign-in refused", d -> {
            String text = browser.find("#signin-error").getText();
            return text.isEmpty() ? null : text;
        });
        assertThat(refused).isEqualTo("Unknown or invalid token.");
    }

    @Test
    void textThatLooksLikeMarkupIsShownAsText() throws IOException {
        String draft = api.importSample();
        String hostile = "*Calls upon* States <script>window.plenaryHacked = 1</script>"
                + "<img src=x onerror=\\\"window.plenaryHacked = 2\\\"> [click](javascript:window.plenaryHacked=3);";
        String a1 = api.propose(draft, "FRA", 1, "[{\"op\":\"insertParagraph\",\"section\":\"operative\",\"after\":\"op7\","
                + "\"text\":\"" + hostile + "\"}]");
        page.open(draft);
        WebElement proposed = browser.waitFor("#proposed-op8");
        assertThat(proposed.getText()).contains("<script>window.plenaryHacked = 1</script>");
        api.accept(draft, a1, "BRA");
        WebElement inserted = browser.waitFor("#op8");
        assertThat(inserted.getText()).startsWith("8. Calls upon States <script>").contains("<img src=x onerror=");
        assertThat(browser.driver.findElements(By.cssSelector("#document script, #document img"))).isEmpty();
        assertThat(browser.find("#op8 a.ref").getAttribute("href")).endsWith("#");
        browser.find("#op8 a.ref").click();
        assertThat(browser.js("return window.plenaryHacked")).isNull();
    }

    @Test
    void theListOfDraftsFollowsNewDrafts() throws IOException {
        browser.open(stack.queryUrl() + "/");
        browser.waitFor("live list", d -> "live".equals(browser.find("#connection").getAttribute("data-state")) ? true : null);
        String draft = api.importSample();
        WebElement row = browser.waitFor("#draft-" + draft);
        assertThat(row.getText()).contains("Strengthening international cooperation to combat cybercrime");
        row.findElement(By.tagName("a")).click();
        browser.waitFor("#op1");
        assertThat(browser.driver.getTitle()).startsWith("Strengthening international cooperation");
    }

    /** All the text of an element, shown or not (decided amendments sit in a closed disclosure). */
    private static String textOf(String css) {
        return String.valueOf(browser.js("const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", css));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> selectAndMap(String paragraphId, String from, String to, String source) {
        page.select(paragraphId, from, to);
        return (Map<String, Object>) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/selection.js').then(m => done(m.selectionToSource(getSelection(), () => arguments[0])));""",
                source);
    }

    /**
     * The stack on fixed ports: the query app is restarted on the same address while the page stays open. A port
     * picked free can be taken before the app binds it (a client's connection elsewhere on the machine got it, seen
     * once in CI while another stack ran): then the ports are picked again.
     */
    private static PlenaryStack startOnFixedPorts() {
        for (int attempt = 1; ; attempt++) {
            PlenaryStack candidate = PlenaryStack.builder().ports(FreePorts.pick(), FreePorts.pick(), 0, 0).build();
            try {
                return candidate.start();
            } catch (RuntimeException e) {
                candidate.close();
                if (attempt == BIND_ATTEMPTS || !FreePorts.isBindFailure(e)) {
                    throw e;
                }
            }
        }
    }
}
