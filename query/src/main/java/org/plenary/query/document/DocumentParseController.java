package org.plenary.query.document;

import jakarta.servlet.http.HttpServletRequest;
import org.plenary.query.web.RequestBodies;
import org.plenary.shared.document.DocumentView;
import org.plenary.documents.DocumentFormat;
import org.plenary.documents.Documents;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.Charset;

/**
 * Reads a document (text in the UN layout, Word, PDF) and answers its structure, in the shape of
 * {@code GET /api/drafts/{id}}, without storing anything: a client checks how Plenary reads a document before
 * importing it.
 */
@RestController
public class DocumentParseController {

    @PostMapping(path = "/api/documents/parse", consumes = {MediaType.TEXT_PLAIN_VALUE, "text/markdown",
            DocumentFormat.DOCX_MEDIA_TYPE, DocumentFormat.PDF_MEDIA_TYPE}, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> parse(HttpServletRequest request) throws IOException {
        byte[] body = RequestBodies.read(request);
        if (body == null) {
            return RequestBodies.tooLarge();
        }
        DocumentFormat format = DocumentFormat.ofMediaType(request.getContentType());
        Charset charset = format == DocumentFormat.TEXT ? RequestBodies.charset(request) : null;
        return ResponseEntity.ok(DocumentView.of(Documents.read(body, format, charset)));
    }
}
