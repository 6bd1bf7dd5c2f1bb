package org.plenary.shared.consultation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paragraph numbers as a compilation text prints them between two issuances of the draft. A paragraph that was in
 * the text when it was last issued (submitted, or revised) keeps the number it had then, wherever it now stands and
 * whatever was deleted around it; a paragraph added since is numbered after the issued paragraph it follows: "3 bis",
 * "3 ter", "3 quater" … in the order they stand ("0 bis" before the first one). Only the next issuance renumbers
 * them; their ids never change. The Latin multiplicative adverbs run to "vicies" (20); further ones read "3 (21)".
 */
public final class BisNumbering {

    private static final List<String> ADVERBS = List.of("bis", "ter", "quater", "quinquies", "sexies", "septies",
            "octies", "novies", "decies", "undecies", "duodecies", "terdecies", "quaterdecies", "quindecies",
            "sexdecies", "septdecies", "octodecies", "novodecies", "vicies");

    private BisNumbering() {
    }

    /**
     * The number of every paragraph of a section.
     *
     * @param current the ids of the section's paragraphs in their order now (proposed ones included, where shown)
     * @param issued  the ids of the section's paragraphs when the draft was last issued, in their order then
     * @return id → number ("3", "3 bis"), in the order of {@code current}
     */
    public static Map<String, String> numbers(List<String> current, List<String> issued) {
        Map<String, Integer> issuedNumbers = new HashMap<>();
        for (int i = 0; i < issued.size(); i++) {
            issuedNumbers.put(issued.get(i), i + 1);
        }
        Map<String, String> out = new LinkedHashMap<>();
        int base = 0;
        int added = 0;
        for (String id : current) {
            Integer number = issuedNumbers.get(id);
            if (number != null) {
                base = number;
                added = 0;
                out.put(id, Integer.toString(number));
            } else {
                out.put(id, base + " " + adverb(++added));
            }
        }
        return out;
    }

    /** The adverb of the n-th paragraph added after the same one: 1 → "bis", 2 → "ter" … */
    public static String adverb(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the first added paragraph is 1, not " + n);
        }
        return n <= ADVERBS.size() ? ADVERBS.get(n - 1) : "(" + (n + 1) + ")";
    }
}
