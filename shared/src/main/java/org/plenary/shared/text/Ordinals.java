package org.plenary.shared.text;

import java.util.HashMap;
import java.util.Map;

/**
 * English ordinal words as UN texts use them for preambular paragraphs: "first", "second", … "twentieth",
 * "twenty-first", … "one hundred and first" … up to 999.
 */
public final class Ordinals {

    public static final int MAX = 999;

    private static final String[] UNITS = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth"};
    private static final String[] CARDINALS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};
    private static final String[] TENTHS = {"", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
            "seventieth", "eightieth", "ninetieth"};

    private static final Map<String, Integer> BY_WORD = new HashMap<>();

    static {
        for (int n = 1; n <= MAX; n++) {
            BY_WORD.put(word(n), n);
        }
    }

    private Ordinals() {
    }

    /** The ordinal word of {@code n}, 1 ≤ n ≤ 999; above that "1000th" and so on. */
    public static String word(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("no ordinal for " + n);
        }
        if (n > MAX) {
            return n + "th";
        }
        if (n < 100) {
            return below100(n);
        }
        int rest = n % 100;
        String hundreds = CARDINALS[n / 100] + " hundred";
        return rest == 0 ? hundreds + "th" : hundreds + " and " + below100(rest);
    }

    /** The number an ordinal word or figure stands for ("fifth", "Twenty-first", "5th"), or -1. */
    public static int parse(String word) {
        if (word == null) {
            return -1;
        }
        StringBuilder key = new StringBuilder(word.length());
        boolean space = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isWhitespace(c)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(c == '\u2010' || c == '\u2011' ? '-' : Character.toLowerCase(c));
        }
        String w = key.toString();
        Integer n = BY_WORD.get(w);
        if (n != null) {
            return n;
        }
        int digits = 0;
        while (digits < w.length() && digits < 5 && w.charAt(digits) >= '0' && w.charAt(digits) <= '9') {
            digits++;
        }
        String suffix = w.substring(digits);
        boolean figure = digits > 0 && digits <= 4 && (suffix.equals("st") || suffix.equals("nd")
                || suffix.equals("rd") || suffix.equals("th"));
        return figure ? Integer.parseInt(w.substring(0, digits)) : -1;
    }

    private static String below100(int n) {
        if (n < 20) {
            return UNITS[n];
        }
        int unit = n % 10;
        return unit == 0 ? TENTHS[n / 10] : TENS[n / 10] + "-" + UNITS[unit];
    }
}
