package org.plenary.documents.docx;

import org.plenary.documents.ExtractedText;
import org.plenary.shared.document.DraftDocument;

/**
 * Reads a Word document (.docx) as a UN document: as the text in the UN layout that {@link WordText} makes of it,
 * with every tracked change accepted (the document as Word shows it without markup).
 */
public final class DocxReader {

    private DocxReader() {
    }

    public static DraftDocument read(byte[] docx) {
        return text(docx).read();
    }

    /** The text in the UN layout that Plenary reads from the document. */
    public static ExtractedText text(byte[] docx) {
        return WordText.of(WordDocument.read(docx), author -> true);
    }
}
