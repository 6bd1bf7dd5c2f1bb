package org.plenary.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.plenary.documents.docx.DocxReader;
import org.plenary.documents.docx.DocxWriter;
import org.plenary.documents.pdf.PdfTextReader;
import org.plenary.documents.pdf.PdfWriter;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.un.UnTextReader;
import org.plenary.shared.un.UnTextWriter;

/**
 * Reads and writes a UN document in any of Plenary's file formats. Whatever does not read (not the format it is
 * sent as, damaged, no resolution) is refused with an {@link org.plenary.shared.un.UnTextFormatException} saying
 * what and where.
 */
public final class Documents {

    private Documents() {
    }

    /** The document in a file of the given format; {@code charset} decodes text (UTF-8 when null). */
    public static DraftDocument read(byte[] body, DocumentFormat format, Charset charset) {
        return switch (format) {
            case DOCX -> DocxReader.read(body);
            case PDF -> PdfTextReader.read(body);
            case TEXT -> UnTextReader.read(decode(body, charset == null ? StandardCharsets.UTF_8 : charset));
        };
    }

    /** The text, refused when its bytes are not valid in the charset rather than replaced by U+FFFD or '?'. */
    private static String decode(byte[] body, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException("the body is not valid " + charset.name() + " text");
        }
    }

    /** The document as a file of the given format (text in UTF-8). */
    public static byte[] write(DraftDocument doc, DocumentFormat format) {
        return switch (format) {
            case DOCX -> DocxWriter.write(doc);
            case PDF -> PdfWriter.write(doc);
            case TEXT -> UnTextWriter.write(doc).getBytes(StandardCharsets.UTF_8);
        };
    }
}
