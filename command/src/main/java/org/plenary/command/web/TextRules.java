package org.plenary.command.web;

/**
 * What text the API stores: no control characters (NUL, line breaks, tabs, escapes, C1 controls), no unpaired
 * surrogates and no non-characters U+FFFE/U+FFFF. Such characters have no place in a UN text, would be lost or
 * garbled on the way to MongoDB and Kafka, and make the Akoma Ntoso export ill-formed XML.
 */
public final class TextRules {

    private TextRules() {
    }

    /** What is wrong with {@code text}, naming the character and its index; null when it is acceptable. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "an unpaired surrogate U+%04X at index %d".formatted((int) c, i);
            } else if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                return "a control character U+%04X at index %d; text must not contain control characters or line breaks"
                        .formatted((int) c, i);
            }
        }
        return null;
    }
}
