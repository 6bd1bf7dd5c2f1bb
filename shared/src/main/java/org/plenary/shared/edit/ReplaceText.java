package org.plenary.shared.edit;

/**
 * Replaces the characters [start, end) of a paragraph's or item's text with {@code text}.
 * An empty range inserts; an empty text deletes.
 */
public record ReplaceText(String paragraphId, int start, int end, String text) implements EditOperation {

    public ReplaceText {
        text = text == null ? "" : text;
    }

    @Override
    public String target() {
        return paragraphId;
    }
}
