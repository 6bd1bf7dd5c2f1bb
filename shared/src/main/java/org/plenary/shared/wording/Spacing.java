package org.plenary.shared.wording;

/**
 * How quoted words fit into a paragraph, the same way for reading and writing the wording: words inserted next
 * to a word get a space between them; deleted words take one neighbouring space with them, so a deletion never
 * leaves two spaces or a space before punctuation. Quoted text that begins or ends with a space is taken as it is.
 */
final class Spacing {

    private Spacing() {
    }

    /** The text to insert at {@code at} for the quoted words {@code words}. */
    static String insertion(String text, int at, String words) {
        if (words.isEmpty() || outerSpace(words)) {
            return words;
        }
        boolean left = at > 0 && joinsLeft(text.charAt(at - 1)) && startsWord(words.charAt(0));
        boolean right = at < text.length() && startsWord(text.charAt(at)) && endsWord(words.charAt(words.length() - 1));
        if (left) {
            return " " + words;
        }
        return right ? words + " " : words;
    }

    /** The range to delete for the quoted words found at [start, end). */
    static int[] deletion(String text, int start, int end, String words) {
        if (outerSpace(words) || start == end) {
            return new int[] {start, end};
        }
        boolean spaceBefore = start > 0 && text.charAt(start - 1) == ' ';
        boolean closesAfter = end == text.length() || text.charAt(end) == ' ' || closing(text.charAt(end));
        if (spaceBefore && closesAfter) {
            return new int[] {start - 1, end};
        }
        boolean opensBefore = start == 0 || opening(text.charAt(start - 1));
        if (opensBefore && end < text.length() && text.charAt(end) == ' ') {
            return new int[] {start, end + 1};
        }
        return new int[] {start, end};
    }

    static boolean outerSpace(String words) {
        return Character.isWhitespace(words.charAt(0)) || Character.isWhitespace(words.charAt(words.length() - 1));
    }

    // A character after which a following word needs a space: anything but a space or an opening bracket/quote.
    private static boolean joinsLeft(char c) {
        return !Character.isWhitespace(c) && !opening(c);
    }

    // A character a word can start with: not punctuation that closes or separates.
    private static boolean startsWord(char c) {
        return !Character.isWhitespace(c) && !closing(c);
    }

    private static boolean endsWord(char c) {
        return !Character.isWhitespace(c) && !opening(c);
    }

    private static boolean closing(char c) {
        return ",;:.)]}!?”’»".indexOf(c) >= 0;
    }

    private static boolean opening(char c) {
        return "([{“‘«".indexOf(c) >= 0;
    }
}
