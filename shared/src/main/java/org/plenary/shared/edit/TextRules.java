package org.plenary.shared.edit;

/** What any text an amendment brings in must be: one line of printable text. */
final class TextRules {

    static final String LINE_BREAKS = "text must be one paragraph, without line breaks";

    private TextRules() {
    }

    /** Refuses line breaks and control characters (NUL, tab, escape, …) anywhere in {@code text}. */
    static void requireClean(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new EditException(problem);
        }
    }

    /** Why {@link #requireClean} refuses {@code text}, or null when it accepts it. */
    static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000B'
                    || c == '\u000C') {
                return LINE_BREAKS;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return "text must not contain control characters (U+%04X at offset %d)".formatted((int) c, i);
            }
            if (Character.isSurrogate(c) && !pairedAt(text, i)) {
                return "text holds a broken character (a lone surrogate at offset " + i + ")";
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return null;
    }

    /** Refuses a missing or blank text, then anything {@link #requireClean} refuses. */
    static void requireText(String text, String op) {
        if (text == null || text.isBlank()) {
            throw new EditException(op + " needs a non-empty text");
        }
        requireClean(text);
    }

    private static boolean pairedAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }
}
