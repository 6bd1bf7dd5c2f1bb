package org.plenary.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FirewallCharactersTest {

    /** Spring Security's expressions (StrictHttpFirewall, 6.5), which the loop replaces. */
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    /** Characters where the verdicts could part: controls, tab, DEL, C1, unassigned, surrogates, private use. */
    private static final int[] EDGES = {'\t', '\n', '\r', 0, 0x1f, ' ', '~', 0x7f, 0x80, 0x9f, 0xa0, 0x378, 0x2028,
            0xd800, 0xdbff, 0xdc00, 0xe000, 0xfffe, 0xffff, 0x1f600, 0x10ffff, 0xe0001, 0x3fffd};

    @Test
    void sameVerdictsAsTheExpressionsOnEveryBmpCharacterAlone() {
        for (int c = 0; c <= 0xffff; c++) {
            String text = "a" + (char) c + "b";
            assertThat(FirewallCharacters.assignedAndNotControl(text)).as("U+%04X", c).isEqualTo(NAMES.matcher(text).matches());
            assertThat(FirewallCharacters.assignedAndNotControlOrTab(text)).as("U+%04X", c).isEqualTo(VALUES.matcher(text).matches());
        }
    }

    @Test
    void sameVerdictsAsTheExpressionsOnRandomMixes() {
        Random random = new Random(17);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(6); k > 0; k--) {
                int pick = random.nextInt(4);
                if (pick == 0) {
                    text.appendCodePoint(EDGES[random.nextInt(EDGES.length)]);
                } else if (pick == 1) {
                    text.append((char) random.nextInt(0x10000)); // lone surrogates too
                } else if (pick == 2) {
                    text.appendCodePoint(random.nextInt(0x110000));
                } else {
                    text.append((char) (0x20 + random.nextInt(0x5f)));
                }
            }
            String s = text.toString();
            assertThat(FirewallCharacters.assignedAndNotControl(s)).as("%s", s.codePoints().toArray()).isEqualTo(NAMES.matcher(s).matches());
            assertThat(FirewallCharacters.assignedAndNotControlOrTab(s)).as("%s", s.codePoints().toArray()).isEqualTo(VALUES.matcher(s).matches());
        }
    }

    @Test
    void theFirewallStillRefusesControlCharactersInHeaders() {
        StrictHttpFirewall firewall = FirewallCharacters.firewall();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/drafts");
        request.addHeader("X-Ok", "a\tb");
        request.addHeader("X-Bad", "a\u0007b");
        var checked = firewall.getFirewalledRequest(request);
        assertThat(checked.getHeader("X-Ok")).isEqualTo("a\tb");
        assertThatThrownBy(() -> checked.getHeader("X-Bad")).isInstanceOf(RequestRejectedException.class);
    }
}
