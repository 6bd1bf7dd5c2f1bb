package org.plenary.query.wording;

import org.plenary.query.pastview.DraftReader;
import org.plenary.query.pastview.TimeTravel;
import org.plenary.query.projection.DraftView;
import org.plenary.query.web.BadRequestException;
import org.plenary.query.web.NotFoundException;
import org.plenary.query.web.QueryExceptionHandler;
import org.plenary.shared.delegation.DelegationRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * The UN wording of amendments: one amendment's instructions ("In operative paragraph 3, replace the word
 * “possible” with “concrete”"), and a delegation's amendment document ("China: amendments to draft resolution …",
 * numbered instructions). An amendment is worded against the text it was proposed on (its base version), whose
 * paragraph numbers its operations refer to; {@code addressedTo} / {@code Plenary-Addressed-To} says which version
 * that is. {@code ?minVersion=n} waits as for every query; {@code Plenary-Version} says which version was served.
 */
@RestController
@RequestMapping("/api/drafts/{draftId}/amendments")
public class AmendmentWordingController {

    static final String ADDRESSED_TO_HEADER = "Plenary-Addressed-To";
    private static final String TEXT = "text/plain;charset=UTF-8";
    private static final String HTML = "text/html;charset=UTF-8";

    private final DraftReader drafts;
    private final TimeTravel timeTravel;

    public AmendmentWordingController(DraftReader drafts, TimeTravel timeTravel) {
        this.drafts = drafts;
        this.timeTravel = timeTravel;
    }

    /**
     * JSON: the instructions as a list, with the draft, the amendment and the version they are addressed to (for a
     * sub-amendment, {@code amends}: that text as the parent amendment would leave it).
     */
    public record WordingResponse(String draftId, String amendmentId, long addressedTo, String amends,
                                  List<String> instructions) {
    }

    /**
     * text/plain (default): the instructions separated by an empty line; with {@code Accept: application/json}:
     * {@link WordingResponse}.
     */
    @GetMapping(path = "/{amendmentId}/wording", produces = {TEXT, MediaType.APPLICATION_JSON_VALUE})
    public ResponseEntity<?> wording(@PathVariable String draftId, @PathVariable String amendmentId,
                                     @RequestParam(required = false) Long minVersion,
                                     @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        DraftView view = drafts.load(draftId, minVersion);
        AmendmentWordings.Worded w = worded(view, amendmentId);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().header(DraftReader.VERSION_HEADER, Long.toString(view.version()))
                .header(ADDRESSED_TO_HEADER, Long.toString(w.addressedTo()));
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
            return ok.contentType(MediaType.APPLICATION_JSON)
                    .body(new WordingResponse(w.draftId(), w.amendmentId(), w.addressedTo(), w.amends(), w.instructions()));
        }
        return ok.contentType(MediaType.parseMediaType(TEXT)).body(w.text());
    }

    /** {@code ?by=ISO3} the delegation; {@code ?format=text} (default) or {@code html} (an escaped fragment). */
    @GetMapping(path = "/document", produces = {TEXT, HTML})
    public ResponseEntity<String> document(@PathVariable String draftId, @RequestParam String by,
                                           @RequestParam(required = false) String format,
                                           @RequestParam(required = false) Long minVersion) {
        boolean html;
        if (format == null || format.equals("text")) {
            html = false;
        } else if (format.equals("html")) {
            html = true;
        } else {
            throw new BadRequestException("format must be text or html, not " + shorten(format));
        }
        if (DelegationRegistry.standard().byCode(by).isEmpty()) {
            throw new BadRequestException("by must be the code of a delegation (ISO3, e.g. CHN), not " + shorten(by));
        }
        DraftView view = drafts.load(draftId, minVersion);
        AmendmentWordings wordings = wordings(view);
        if (wordings.pendingBy(by).isEmpty()) {
            throw new NotFoundException(by + " has no pending amendment to draft " + view.draftId());
        }
        return ResponseEntity.ok().header(DraftReader.VERSION_HEADER, Long.toString(view.version()))
                .contentType(MediaType.parseMediaType(html ? HTML : TEXT)).body(wordings.document(by, html));
    }

    @ExceptionHandler(AmendmentWordings.CannotWord.class)
    ResponseEntity<Map<String, Object>> cannotWord(AmendmentWordings.CannotWord e) {
        return QueryExceptionHandler.error(HttpStatus.CONFLICT, e.getMessage());
    }

    private AmendmentWordings.Worded worded(DraftView view, String amendmentId) {
        AmendmentWordings.Worded worded = wordings(view).amendment(amendmentId);
        if (worded == null) {
            throw new NotFoundException("draft " + view.draftId() + " has no amendment " + shorten(amendmentId));
        }
        return worded;
    }

    private AmendmentWordings wordings(DraftView view) {
        return new AmendmentWordings(view, version -> timeTravel.textAt(view, version));
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
