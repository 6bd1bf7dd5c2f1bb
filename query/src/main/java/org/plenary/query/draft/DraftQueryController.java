package org.plenary.query.draft;

import org.plenary.query.pastview.DraftReader;
import org.plenary.query.pastview.DraftText;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.DraftViewProjection;
import org.plenary.shared.delegation.Delegation;
import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.un.UnTextWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * Read-only queries of the projections. Every query takes {@code ?minVersion=n} and waits (up to
 * {@code plenary.queries.min-version-wait}) for the draft to reach it, so a client reads its own writes;
 * the header {@code Plenary-Version} says which version was served.
 */
@RestController
@RequestMapping("/api/drafts")
public class DraftQueryController {

    private final DraftViewProjection draftViews;
    private final DraftReader drafts;

    public DraftQueryController(DraftViewProjection draftViews, DraftReader drafts) {
        this.draftViews = draftViews;
        this.drafts = drafts;
    }


    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<DraftViewProjection.DraftSummary> list() {
        return draftViews.list();
    }

    @GetMapping(path = "/{draftId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<DraftResponses.Draft> draft(@PathVariable String draftId,
                                                      @RequestParam(required = false) Long minVersion,
                                                      @RequestParam(required = false) Long version,
                                                      @RequestParam(required = false) Instant asOf) {
        DraftView view = drafts.load(draftId, minVersion, version, asOf);
        return DraftReader.withVersion(view, DraftResponses.draft(view));
    }

    @GetMapping(path = "/{draftId}/text", produces = "text/plain;charset=UTF-8")
    public ResponseEntity<String> text(@PathVariable String draftId, @RequestParam(required = false) Long minVersion,
            @RequestParam(required = false) Long version, @RequestParam(required = false) Instant asOf) {
        DraftText text = drafts.loadText(draftId, minVersion, version, asOf);
        String joined = text.actedOn() ? null : UnTextWriter.subsequentlyJoinedLine(text.subsequentlyJoined().stream()
                .map(code -> DelegationRegistry.standard().byCode(code).map(Delegation::name).orElse(code)).toList());
        return DraftReader.withVersion(text.version(),
                UnTextWriter.withSubsequentlyJoined(UnTextWriter.write(text.document()), text.document(), joined));
    }

    @GetMapping(path = "/{draftId}/sponsors", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<DraftResponses.Sponsors> sponsors(@PathVariable String draftId,
                                                            @RequestParam(required = false) Long minVersion,
            @RequestParam(required = false) Long version, @RequestParam(required = false) Instant asOf) {
        DraftView view = drafts.load(draftId, minVersion, version, asOf);
        return DraftReader.withVersion(view, DraftResponses.sponsors(view));
    }
}
