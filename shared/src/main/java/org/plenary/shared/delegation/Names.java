package org.plenary.shared.delegation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Matching keys for delegation names, and the distances used to suggest close names. */
final class Names {

    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u201B\u02BC\u02B9\u00B4\u0060\u2032]");
    private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2212]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // Footnote calls and sponsor marks as they survive text extraction: "Brazil*", "Brazil¹" (NFKD: "Brazil1").
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s*\u2020\u2021\u00A7\\d]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[^\\p{L}']+");
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "of");

    private Names() {
    }

    /**
     * The key under which a name is looked up: case, accents, curly apostrophes, dash variants, runs of
     * whitespace and trailing footnote marks make no difference.
     */
    static String key(String name) {
        String text = APOSTROPHES.matcher(name).replaceAll("'");
        text = DASHES.matcher(text).replaceAll("-");
        text = Normalizer.normalize(text, Normalizer.Form.NFKD);
        text = MARKS.matcher(text).replaceAll("");
        text = TRAILING_MARKS.matcher(text).replaceAll("");
        text = SPACES.matcher(text.strip()).replaceAll(" ");
        return text.toLowerCase(Locale.ROOT);
    }

    /** The words of a key worth matching on their own: three letters or more, no "of", "the", "and". */
    static List<String> tokens(String key) {
        return Arrays.stream(TOKEN_SEPARATORS.split(key))
                .filter(token -> token.length() >= 3 && !STOP_WORDS.contains(token))
                .toList();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
