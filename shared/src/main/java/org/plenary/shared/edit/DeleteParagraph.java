package org.plenary.shared.edit;

/** Deletes a paragraph or a sub-item with everything it holds. */
public record DeleteParagraph(String paragraphId) implements EditOperation {

    @Override
    public String target() {
        return paragraphId;
    }
}
