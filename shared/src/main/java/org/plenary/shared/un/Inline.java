package org.plenary.shared.un;

import java.util.ArrayList;
import java.util.List;

/**
 * The light inline markup of paragraph text, parsed for the writers that need structure (HTML, Akoma Ntoso):
 * {@code *italics*}, {@code [65/230](#)} references and superscript footnote calls. Text that does not form
 * markup (a lone asterisk, an unclosed bracket) stays plain text, so nothing is lost.
 */
sealed interface Inline {

    record Text(String text) implements Inline {
    }

    record Emphasis(List<Inline> content) implements Inline {
    }

    record Reference(String label, String href) implements Inline {
    }

    record NoteCall(String marker) implements Inline {
    }

    static List<Inline> parse(String text) {
        List<Inline> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            if (c == '*' && (end = emphasisEnd(text, i)) > 0) {
                flush(plain, out);
                out.add(new Emphasis(parse(text.substring(i + 1, end))));
                i = end + 1;
            } else if (c == '[' && (end = referenceEnd(text, i)) > 0) {
                flush(plain, out);
                int middle = text.indexOf("](", i);
                out.add(new Reference(text.substring(i + 1, middle), text.substring(middle + 2, end)));
                i = end + 1;
            } else if (Superscripts.DIGITS.indexOf(c) >= 0) {
                flush(plain, out);
                int j = i;
                while (j < text.length() && Superscripts.DIGITS.indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                out.add(new NoteCall(Superscripts.toMarker(text.substring(i, j))));
                i = j;
            } else {
                plain.append(c);
                i++;
            }
        }
        flush(plain, out);
        return out;
    }

    /** Index of the asterisk closing the emphasis opened at {@code start}, or -1. */
    private static int emphasisEnd(String text, int start) {
        if (start + 1 >= text.length() || Character.isWhitespace(text.charAt(start + 1)) || text.charAt(start + 1) == '*') {
            return -1;
        }
        for (int j = start + 2; j < text.length(); j++) {
            if (text.charAt(j) == '*' && !Character.isWhitespace(text.charAt(j - 1))) {
                return j;
            }
        }
        return -1;
    }

    /** Index of the ")" closing the reference "[label](href)" opened at {@code start}, or -1. */
    private static int referenceEnd(String text, int start) {
        int middle = text.indexOf("](", start);
        if (middle < 0 || text.indexOf('[', start + 1) >= 0 && text.indexOf('[', start + 1) < middle) {
            return -1;
        }
        int end = text.indexOf(')', middle + 2);
        return end < 0 || text.substring(middle + 2, end).contains(" ") ? -1 : end;
    }

    private static void flush(StringBuilder plain, List<Inline> out) {
        if (plain.length() > 0) {
            out.add(new Text(plain.toString()));
            plain.setLength(0);
        }
    }
}
