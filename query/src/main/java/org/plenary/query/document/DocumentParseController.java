package org.plenary.query.document;

import jakarta.servlet.http.HttpServletRequest;
import org.plenary.query.web.BadRequestException;
import org.plenary.query.web.QueryExceptionHandler;
import org.plenary.shared.document.DocumentView;
import org.plenary.documents.DocumentFormat;
import org.plenary.documents.Documents;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads a document (text in the UN layout, Word, PDF) and answers its structure, in the shape of
 * {@code GET /api/drafts/{id}}, without storing anything: a client checks how Plenary reads a document before
 * importing it.
 */
@RestController
public class DocumentParseController {

    /** The same limit as the command app's default {@code plenary.http.max-body-bytes}. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    @PostMapping(path = "/api/documents/parse", consumes = {MediaType.TEXT_PLAIN_VALUE, "text/markdown",
            DocumentFormat.DOCX_MEDIA_TYPE, DocumentFormat.PDF_MEDIA_TYPE}, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> parse(HttpServletRequest request) throws IOException {
        byte[] body;
        // Read at most one byte past the limit: a chunked body has no length to refuse up front.
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            return QueryExceptionHandler.error(HttpStatus.PAYLOAD_TOO_LARGE,
                    "request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        DocumentFormat format = DocumentFormat.ofMediaType(request.getContentType());
        Charset charset = format == DocumentFormat.TEXT ? charset(request) : null;
        return ResponseEntity.ok(DocumentView.of(Documents.read(body, format, charset)));
    }

    /** UTF-8 unless the request names another charset (HTTP's ISO-8859-1 default would garble "¹" and "…"). */
    private static Charset charset(HttpServletRequest request) {
        String name = request.getCharacterEncoding();
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unsupported charset " + name + "; send UTF-8");
        }
    }
}
