package org.plenary.query.wording;

import jakarta.servlet.http.HttpServletRequest;
import org.plenary.documents.AmendmentTexts;
import org.plenary.query.pastview.DraftReader;
import org.plenary.query.projection.DraftView;
import org.plenary.query.web.BadRequestException;
import org.plenary.query.web.QueryExceptionHandler;
import org.plenary.shared.wording.ParsedAmendment;
import org.plenary.shared.wording.ResolvedAmendment;
import org.plenary.shared.wording.Wording;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads an amendment document in the UN wording (or just its instructions), storing nothing: as printed
 * ({@code /api/documents/parse-amendment}: paragraphs by section and number, words by quotation) or resolved
 * against a draft's current text ({@code /api/drafts/{id}/amendments/parse}: paragraph ids and offsets, ready to
 * propose against the version in {@code Plenary-Version}). What is not understood or not resolved is in
 * {@code unresolved} with its line and why.
 */
@RestController
public class AmendmentParseController {

    /** The same limit as the command app's default {@code plenary.http.max-body-bytes}. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final DraftReader drafts;

    public AmendmentParseController(DraftReader drafts) {
        this.drafts = drafts;
    }

    @PostMapping(path = "/api/documents/parse-amendment", consumes = MediaType.TEXT_PLAIN_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> parse(HttpServletRequest request) throws IOException {
        byte[] body = body(request);
        if (body == null) {
            return tooLarge();
        }
        return ResponseEntity.ok(Wording.parse(AmendmentTexts.read(body, charset(request))));
    }

    @PostMapping(path = "/api/drafts/{draftId}/amendments/parse", consumes = MediaType.TEXT_PLAIN_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> resolve(@PathVariable String draftId, @RequestParam(required = false) Long minVersion,
                                     HttpServletRequest request) throws IOException {
        byte[] body = body(request);
        if (body == null) {
            return tooLarge();
        }
        ParsedAmendment parsed = Wording.parse(AmendmentTexts.read(body, charset(request)));
        DraftView view = drafts.load(draftId, minVersion);
        ResolvedAmendment resolved = Wording.resolve(view.document(), parsed);
        return DraftReader.withVersion(view, resolved);
    }

    /** The body, or null when it is over the limit (read at most one byte past it: a chunked body has no length). */
    private static byte[] body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }

    private static ResponseEntity<?> tooLarge() {
        return QueryExceptionHandler.error(HttpStatus.PAYLOAD_TOO_LARGE, "request body is larger than " + MAX_BODY_BYTES + " bytes");
    }

    /** UTF-8 unless the request names another charset. */
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
