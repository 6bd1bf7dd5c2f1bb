package org.plenary.shared.consultation;

import org.plenary.shared.consultation.Compilation.Tag;

import java.util.function.UnaryOperator;

/**
 * How a proposal reads in a compilation text: "[France: replace “possible” with “concrete”]", "[African Group:
 * delete]", "[EU: add “and regional”]", "[Brazil: move after paragraph 5]". The same words in every format; only how
 * quoted text is set differs.
 */
public final class Tags {

    private Tags() {
    }

    /** The tag as plain text, quoted text in curly quotes as it is marked up. */
    public static String text(Tag tag) {
        return "[" + tag.by() + ": " + phrase(tag, Tags::quote) + "]";
    }

    /**
     * What is proposed, without who: "replace “possible” with “concrete”".
     *
     * @param quote sets a piece of marked-up text in quotes, in the target format
     */
    public static String phrase(Tag tag, UnaryOperator<String> quote) {
        return switch (tag.kind()) {
            case ADD_WORDS -> "add " + quote.apply(tag.text());
            case DELETE_WORDS -> "delete " + quote.apply(tag.words());
            case REPLACE_WORDS -> "replace " + quote.apply(tag.words()) + " with " + quote.apply(tag.text());
            case ADD -> "add";
            case DELETE -> "delete";
            case REPLACE -> "replace with " + quote.apply(tag.text());
            case MOVE -> "move " + tag.destination();
        };
    }

    /** Text in the curly quotes of UN documents. */
    public static String quote(String text) {
        return "\u201C" + text + "\u201D";
    }
}
