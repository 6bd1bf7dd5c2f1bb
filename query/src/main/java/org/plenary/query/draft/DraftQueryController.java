package org.plenary.query.draft;

import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.HistoryBucket;
import org.plenary.query.projection.HistoryEntry;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.query.web.BadRequestException;
import org.plenary.shared.un.UnTextWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/**
 * Read-only queries of the projections. Every query takes {@code ?minVersion=n} and waits (up to
 * {@code plenary.queries.min-version-wait}) for the draft to reach it, so a client reads its own writes;
 * the header {@code Plenary-Version} says which version was served.
 */
@RestController
@RequestMapping("/api/drafts")
public class DraftQueryController {

    private final ProjectionStore store;
    private final DraftReader drafts;

    public DraftQueryController(ProjectionStore store, DraftReader drafts) {
        this.store = store;
        this.drafts = drafts;
    }

    public record HistoryPage(String draftId, long version, List<HistoryEntry> events, Long nextFromVersion) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ProjectionStore.DraftSummary> list() {
        return store.listDrafts();
    }

    @GetMapping(path = "/{draftId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<DraftResponses.Draft> draft(@PathVariable String draftId,
                                                      @RequestParam(required = false) Long minVersion) {
        DraftView view = drafts.load(draftId, minVersion);
        return DraftReader.withVersion(view, DraftResponses.draft(view));
    }

    @GetMapping(path = "/{draftId}/text", produces = "text/plain;charset=UTF-8")
    public ResponseEntity<String> text(@PathVariable String draftId, @RequestParam(required = false) Long minVersion) {
        DraftView view = drafts.load(draftId, minVersion);
        return DraftReader.withVersion(view, UnTextWriter.write(view.document));
    }

    @GetMapping(path = "/{draftId}/sponsors", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<DraftResponses.Sponsors> sponsors(@PathVariable String draftId,
                                                            @RequestParam(required = false) Long minVersion) {
        DraftView view = drafts.load(draftId, minVersion);
        return DraftReader.withVersion(view, DraftResponses.sponsors(view));
    }

    @GetMapping(path = "/{draftId}/amendments", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<DraftResponses.Amendments> amendments(@PathVariable String draftId,
                                                                @RequestParam(required = false) Long minVersion) {
        DraftView view = drafts.load(draftId, minVersion);
        return DraftReader.withVersion(view, new DraftResponses.Amendments(view.draftId, view.version, view.amendments));
    }

    /** Events with version in [fromVersion, fromVersion + limit), oldest first, read bucket by bucket. */
    @GetMapping(path = "/{draftId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<HistoryPage> history(@PathVariable String draftId,
                                               @RequestParam(required = false) Long minVersion,
                                               @RequestParam(defaultValue = "1") long fromVersion,
                                               @RequestParam(defaultValue = "100") int limit) {
        if (fromVersion < 1) {
            throw new BadRequestException("fromVersion must be at least 1");
        }
        if (limit < 1 || limit > 1000) {
            throw new BadRequestException("limit must be between 1 and 1000");
        }
        DraftView view = drafts.load(draftId, minVersion);
        List<HistoryEntry> events = new ArrayList<>();
        long seq = fromVersion - 1;
        long end = Math.min(view.version, fromVersion - 1 + limit);
        while (seq < end) {
            HistoryBucket bucket = store.findBucket(draftId, HistoryBucket.bucketOf(seq));
            if (bucket == null) {
                break;
            }
            for (HistoryEntry entry : bucket.entries) {
                if (entry.seq() >= seq && entry.seq() < end) {
                    events.add(entry);
                }
            }
            seq = (HistoryBucket.bucketOf(seq) + 1) * HistoryBucket.SIZE;
        }
        Long next = end < view.version ? end + 1 : null;
        return DraftReader.withVersion(view, new HistoryPage(draftId, view.version, events, next));
    }
}
