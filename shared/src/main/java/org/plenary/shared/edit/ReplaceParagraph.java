package org.plenary.shared.edit;

/**
 * Replaces the whole text of a paragraph or item ("Operative paragraph 6 should read: …"). Its sub-items stay.
 */
public record ReplaceParagraph(String paragraphId, String text) implements EditOperation {

    @Override
    public String target() {
        return paragraphId;
    }
}
