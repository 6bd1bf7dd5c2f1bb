package org.plenary.shared.un;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Footnote calls are printed as superscript digits (¹ … ¹⁰); markers are stored as plain digits ("10"). */
final class Superscripts {

    static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    static final Pattern CALL = Pattern.compile("[" + DIGITS + "]+");

    private Superscripts() {
    }

    static String toMarker(String superscript) {
        StringBuilder marker = new StringBuilder();
        superscript.codePoints().forEach(c -> marker.append((char) ('0' + DIGITS.indexOf(c))));
        return marker.toString();
    }

    static String toSuperscript(String marker) {
        StringBuilder call = new StringBuilder();
        for (char c : marker.toCharArray()) {
            call.append(c >= '0' && c <= '9' ? DIGITS.charAt(c - '0') : c);
        }
        return call.toString();
    }

    /** The markers called in a text, in order of first appearance. */
    static Set<String> calls(String text) {
        Set<String> markers = new LinkedHashSet<>();
        if (text == null) {
            return markers;
        }
        Matcher m = CALL.matcher(text);
        while (m.find()) {
            markers.add(toMarker(m.group()));
        }
        return markers;
    }
}
