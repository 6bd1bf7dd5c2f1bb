package org.plenary.shared.wording;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotation marks in amendment wording. Reading: “curly”, "straight", «guillemets» and ‘single curly’ quotes, each
 * closed by its own mark (a ’ between two letters is an apostrophe, not a closing mark). Writing: curly double
 * quotes, or the first other pair whose closing mark the words do not contain.
 */
final class Quotes {

    /** A quoted stretch: where it starts and ends in the text (marks included) and the words between the marks. */
    record Quoted(int start, int end, String open, String close, String content) {
    }

    private static final String[][] PAIRS = {{"\u201C", "\u201D"}, {"\"", "\""}, {"\u00AB", "\u00BB"},
            {"\u2018", "\u2019"}};

    private Quotes() {
    }

    static String quote(String words) {
        for (String[] pair : PAIRS) {
            if (!words.contains(pair[1]) && !(pair[0].equals("\u2018") && words.contains("\u2018"))) {
                return pair[0] + words + pair[1];
            }
        }
        return PAIRS[0][0] + words + PAIRS[0][1];
    }

    /** Every quoted stretch, in order; throws {@link Unresolvable} when a quotation mark is not closed. */
    static List<Quoted> find(String text) {
        List<Quoted> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            String[] pair = opening(text, i);
            if (pair == null) {
                i++;
                continue;
            }
            int close = closing(text, i + 1, pair[1]);
            // “a “b” holds an opening mark that was never closed; curly and angle quotes do not nest in themselves
            boolean nested = close >= 0 && !pair[0].equals(pair[1]) && text.substring(i + 1, close).contains(pair[0]);
            if (close < 0 || nested) {
                throw new Unresolvable("a quotation mark " + pair[0] + " is not closed");
            }
            out.add(new Quoted(i, close + 1, pair[0], pair[1], text.substring(i + 1, close)));
            i = close + 1;
        }
        return out;
    }

    private static String[] opening(String text, int at) {
        char c = text.charAt(at);
        for (String[] pair : PAIRS) {
            if (pair[0].charAt(0) == c) {
                // ‘ inside a word is an apostrophe misprinted, not a quotation
                if (c == '\u2018' && at > 0 && Character.isLetter(text.charAt(at - 1))) {
                    return null;
                }
                return pair;
            }
        }
        return null;
    }

    private static int closing(String text, int from, String close) {
        for (int j = from; j < text.length(); j++) {
            if (text.charAt(j) != close.charAt(0)) {
                continue;
            }
            boolean apostrophe = close.equals("\u2019") && j + 1 < text.length() && j > 0
                    && Character.isLetter(text.charAt(j - 1)) && Character.isLetter(text.charAt(j + 1));
            if (!apostrophe) {
                return j;
            }
        }
        return -1;
    }
}
