package org.plenary.shared.edit;

import org.plenary.shared.document.Section;

/**
 * Inserts a new paragraph in a section, after the paragraph {@code after}, or first when {@code after}
 * is null. {@code paragraphId} is assigned by the draft when the amendment is proposed (null in requests).
 */
public record InsertParagraph(Section section, String after, String text, String paragraphId) implements EditOperation {

    public InsertParagraph withParagraphId(String id) {
        return new InsertParagraph(section, after, text, id);
    }

    @Override
    public String target() {
        return after;
    }
}
