package org.plenary.shared.edit;

/**
 * Moves a paragraph within its section, or an item within the paragraph or item that holds it, to follow
 * {@code after} (a sibling), or to the first place when {@code after} is null. Ids are kept; operative numbers
 * and item labels follow from the new order.
 */
public record MoveParagraph(String paragraphId, String after) implements EditOperation {

    @Override
    public String target() {
        return paragraphId;
    }
}
