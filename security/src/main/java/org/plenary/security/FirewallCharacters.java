package org.plenary.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The characters Spring Security's {@link StrictHttpFirewall} lets through in header names, header values and
 * parameter names, checked by a loop instead of its regular expressions ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*},
 * and for header values the same plus tab). The firewall checks every header each time a filter or Spring MVC reads
 * the headers — several times per request — and each check allocated a {@code Matcher}: 11 % of the bytes the
 * command path's request threads allocated in a profile (docs/BENCHMARKS.md, fourth session). Same verdicts as the
 * expressions, code point by code point ({@code FirewallCharactersTest} compares them).
 */
final class FirewallCharacters {

    private FirewallCharacters() {
    }

    /** A firewall with Spring Security's defaults and these checks. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallCharacters::assignedAndNotControl);
        firewall.setAllowedHeaderValues(FirewallCharacters::assignedAndNotControlOrTab);
        firewall.setAllowedParameterNames(FirewallCharacters::assignedAndNotControl);
        return firewall;
    }

    /** Every code point assigned in Unicode and not a control character. */
    static boolean assignedAndNotControl(String text) {
        return allowed(text, false);
    }

    /** As {@link #assignedAndNotControl}, tab allowed too. */
    static boolean assignedAndNotControlOrTab(String text) {
        return allowed(text, true);
    }

    private static boolean allowed(String text, boolean tab) {
        for (int i = 0, n = text.length(); i < n; ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) { // printable ASCII: the common case
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tab && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
