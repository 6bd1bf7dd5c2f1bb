package org.plenary.local.web;

import org.plenary.local.PlenaryStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draft page ({@code draft.html}) as the browser tests use it, one method per thing a reader does: open a
 * draft, sign in, select words, read a paragraph. The tests say what they check; how the page is driven is here once.
 */
final class DraftPage {

    private final HeadlessChromium browser;
    private final PlenaryStack stack;

    DraftPage(HeadlessChromium browser, PlenaryStack stack) {
        this.browser = browser;
        this.stack = stack;
    }

    /** Opens the draft and waits for its text and its live feed. */
    void open(String draftId) {
        browser.open(stack.queryUrl() + "/draft.html?id=" + draftId);
        browser.waitFor("#op7");
        browser.waitFor("feed live", d -> "live".equals(browser.find("#connection").getAttribute("data-state")) ? true : null);
    }

    /** Signs in with {@code token} through the page's form, until it names the delegation and shows {@code shown}. */
    void signIn(String token, String name, String shown) {
        browser.waitFor("sign-in form", d -> browser.find("#token").isDisplayed() ? true : null);
        browser.find("#token").sendKeys(token);
        browser.find("#signin-form button").click();
        browser.waitFor("signed in", d -> browser.find("#actor-name").getText().equals(name) ? true : null);
        browser.waitFor(shown);
    }

    /** The displayed text of a paragraph (without its number), read at once: the page may rebuild it. */
    String paragraph(String id) {
        return String.valueOf(browser.js("const p = document.querySelector('[data-pid=\"' + arguments[0] + '\"]');"
                + "return p ? p.innerText : '';", id));
    }

    /** Selects from the first occurrence of `from` to the end of the first `to` after it, as a reader would. */
    void select(String paragraphId, String from, String to) {
        Object done = browser.js("""
                const p = document.querySelector('[data-pid="' + arguments[0] + '"]');
                const nodes = []; const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                for (let n = w.nextNode(); n; n = w.nextNode()) nodes.push(n);
                const start = nodes.find(n => n.data.includes(arguments[1]));
                if (!start) return false;
                const s = start.data.indexOf(arguments[1]);
                const rest = nodes.slice(nodes.indexOf(start));
                const end = rest.find(n => n.data.indexOf(arguments[2], n === start ? s : 0) >= 0);
                if (!end) return false;
                const e = end.data.indexOf(arguments[2], end === start ? s : 0) + arguments[2].length;
                const range = document.createRange(); range.setStart(start, s); range.setEnd(end, e);
                const sel = getSelection(); sel.removeAllRanges(); sel.addRange(range);
                return true;""", paragraphId, from, to);
        assertThat(done).as("selected " + from + " … " + to).isEqualTo(true);
    }
}
