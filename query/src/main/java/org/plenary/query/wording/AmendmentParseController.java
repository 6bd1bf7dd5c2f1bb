package org.plenary.query.wording;

import jakarta.servlet.http.HttpServletRequest;
import org.plenary.documents.AmendmentTexts;
import org.plenary.query.pastview.DraftReader;
import org.plenary.query.projection.DraftView;
import org.plenary.query.web.RequestBodies;
import org.plenary.shared.wording.ParsedAmendment;
import org.plenary.shared.wording.ResolvedAmendment;
import org.plenary.shared.wording.Wording;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * Reads an amendment document in the UN wording (or just its instructions), storing nothing: as printed
 * ({@code /api/documents/parse-amendment}: paragraphs by section and number, words by quotation) or resolved
 * against a draft's current text ({@code /api/drafts/{id}/amendments/parse}: paragraph ids and offsets, ready to
 * propose against the version in {@code Plenary-Version}). What is not understood or not resolved is in
 * {@code unresolved} with its line and why.
 */
@RestController
public class AmendmentParseController {

    private final DraftReader drafts;

    public AmendmentParseController(DraftReader drafts) {
        this.drafts = drafts;
    }

    @PostMapping(path = "/api/documents/parse-amendment", consumes = MediaType.TEXT_PLAIN_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> parse(HttpServletRequest request) throws IOException {
        byte[] body = RequestBodies.read(request);
        if (body == null) {
            return RequestBodies.tooLarge();
        }
        return ResponseEntity.ok(Wording.parse(AmendmentTexts.read(body, RequestBodies.charset(request))));
    }

    @PostMapping(path = "/api/drafts/{draftId}/amendments/parse", consumes = MediaType.TEXT_PLAIN_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> resolve(@PathVariable String draftId, @RequestParam(required = false) Long minVersion,
                                     HttpServletRequest request) throws IOException {
        byte[] body = RequestBodies.read(request);
        if (body == null) {
            return RequestBodies.tooLarge();
        }
        ParsedAmendment parsed = Wording.parse(AmendmentTexts.read(body, RequestBodies.charset(request)));
        DraftView view = drafts.load(draftId, minVersion);
        ResolvedAmendment resolved = Wording.resolve(view.document(), parsed);
        return DraftReader.withVersion(view, resolved);
    }
}
