package org.plenary.shared.un;

import java.util.List;
import java.util.Set;

/**
 * Finds the opening phrase of a paragraph that UN print sets in italics ("Recalling also", "Deeply concerned",
 * "Requests", "Calls upon") when the text does not mark it with asterisks itself.
 */
final class Openings {

    private static final List<String> PHRASES = List.of("Bearing in mind", "Taking note", "Taking into account",
            "Taking into consideration", "Having considered", "Having examined", "Expressing its appreciation",
            "Expressing appreciation", "Expressing deep concern", "Expressing concern", "Expressing its gratitude",
            "Noting with appreciation", "Noting with satisfaction", "Noting with concern", "Calls upon", "Calls on",
            "Takes note", "Draws attention", "Looks forward", "Bearing also in mind");
    private static final Set<String> ADVERBS = Set.of("Deeply", "Gravely", "Seriously", "Strongly", "Firmly",
            "Fully", "Further", "Also");
    private static final Set<String> FOLLOWERS = Set.of("also", "further", "furthermore", "moreover", "again",
            "in particular", "with appreciation", "with satisfaction", "with concern", "with deep concern");

    private Openings() {
    }

    /** Length of the italic opening at the start of {@code text}, or 0 if it is already marked or unknown. */
    static int length(String text) {
        if (text.isEmpty() || text.startsWith("*") || !Character.isUpperCase(text.charAt(0))) {
            return 0;
        }
        int end = -1;
        for (String phrase : PHRASES) {
            if (startsWithWord(text, phrase)) {
                end = phrase.length();
                break;
            }
        }
        if (end < 0) {
            end = wordEnd(text, 0);
            if (ADVERBS.contains(text.substring(0, end)) && end < text.length()) {
                end = wordEnd(text, end + 1);
            }
        }
        for (String follower : FOLLOWERS) {
            if (end < text.length() && startsWithWord(text.substring(end + 1), follower) && text.charAt(end) == ' ') {
                end += 1 + follower.length();
                break;
            }
        }
        return end;
    }

    private static boolean startsWithWord(String text, String phrase) {
        return text.startsWith(phrase) && (text.length() == phrase.length()
                || !Character.isLetter(text.charAt(phrase.length())));
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return i;
    }
}
