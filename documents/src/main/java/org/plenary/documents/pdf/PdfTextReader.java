package org.plenary.documents.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.plenary.documents.ExtractedText;
import org.plenary.documents.UnreadableDocumentException;
import org.plenary.shared.document.DraftDocument;

/**
 * Reads a UN document from a PDF's text (PDFBox): removes the page furniture (running heads, page numbers, job
 * numbers, barcode digits), puts wrapped lines back into paragraphs and the footnotes after the text, then reads
 * the result as the UN text layout. Problems are reported by page.
 */
public final class PdfTextReader {

    private PdfTextReader() {
    }

    public static DraftDocument read(byte[] pdf) {
        return text(pdf).read();
    }

    /** The text in the UN layout that Plenary reads from the PDF. */
    public static ExtractedText text(byte[] pdf) {
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new UnreadableDocumentException("not a PDF document: expected a file that starts with \"%PDF-\"");
        }
        List<PdfLine> lines;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            lines = PdfLines.of(document);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("the PDF cannot be read, it may be truncated, damaged or encrypted: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        if (lines.isEmpty()) {
            throw new UnreadableDocumentException("the PDF holds no text (a scanned document needs OCR first)");
        }
        return Paragraphs.of(PageFurniture.remove(lines));
    }
}
