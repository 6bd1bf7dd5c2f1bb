package org.plenary.query.document;

import org.plenary.query.pastview.DraftReader;
import org.plenary.query.pastview.DraftText;
import org.plenary.shared.un.AknWriter;
import org.plenary.shared.un.HtmlWriter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The current text of a draft as a document: an HTML page to read or print, and Akoma Ntoso XML to exchange.
 * Both take {@code ?minVersion=n} like every query (see {@link DraftReader}).
 */
@RestController
@RequestMapping("/api/drafts")
public class DraftFormatsController {

    static final String AKN = "application/akn+xml";

    private final DraftReader drafts;

    public DraftFormatsController(DraftReader drafts) {
        this.drafts = drafts;
    }

    @GetMapping(path = "/{draftId}/html", produces = "text/html;charset=UTF-8")
    public ResponseEntity<String> html(@PathVariable String draftId, @RequestParam(required = false) Long minVersion,
            @RequestParam(required = false) Long version, @RequestParam(required = false) Instant asOf) {
        DraftText view = drafts.loadText(draftId, minVersion, version, asOf);
        return DraftReader.withVersion(view.version(), HtmlWriter.write(view.document()));
    }

    /** Dated by the submission (UTC): the FRBR work date is fixed for the draft, whatever its version. */
    @GetMapping(path = "/{draftId}/akn", produces = {AKN + ";charset=UTF-8", "application/xml;charset=UTF-8"})
    public ResponseEntity<String> akn(@PathVariable String draftId, @RequestParam(required = false) Long minVersion,
            @RequestParam(required = false) Long version, @RequestParam(required = false) Instant asOf) {
        DraftText view = drafts.loadText(draftId, minVersion, version, asOf);
        LocalDate date = LocalDate.ofInstant(view.submittedAt(), ZoneOffset.UTC);
        return DraftReader.withVersion(view.version(), AknWriter.write(view.document(), view.draftId(), date));
    }
}
