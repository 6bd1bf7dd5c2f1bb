package org.plenary.query.history;

import org.plenary.query.pastview.PointInTime;
import org.plenary.query.pastview.TimeTravel;
import org.plenary.query.pastview.DraftReader;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.DraftViewProjection;
import org.plenary.shared.history.DiffHtml;
import org.plenary.shared.history.DocumentDiff;
import org.plenary.shared.history.DocumentDiffer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Analysts' queries over the negotiation history: filtered history, diffs between any two points,
 * word-level blame, one paragraph's history, analytics per draft and across drafts.
 */
@RestController
public class HistoryController {

    private final DraftReader drafts;
    private final TimeTravel timeTravel;
    private final DraftViewProjection draftViews;

    public HistoryController(DraftReader drafts, TimeTravel timeTravel, DraftViewProjection draftViews) {
        this.drafts = drafts;
        this.timeTravel = timeTravel;
        this.draftViews = draftViews;
    }

    public record DiffResult(String draftId, long from, long to, DocumentDiff diff) {
    }

    @GetMapping(path = "/api/drafts/{draftId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<HistoryQuery.Page> history(@PathVariable String draftId,
                                                     @RequestParam(required = false) Long minVersion,
                                                     @RequestParam(required = false) String from,
                                                     @RequestParam(required = false) String to,
                                                     @RequestParam(required = false) String type,
                                                     @RequestParam(required = false) String actor,
                                                     @RequestParam(defaultValue = "0") int page,
                                                     @RequestParam(defaultValue = "100") int size) {
        DraftView current = drafts.load(draftId, minVersion);
        long fromVersion = from == null || from.isBlank() ? 1 : PointInTime.resolve(from, current, timeTravel);
        long toVersion = PointInTime.resolve(to, current, timeTravel);
        return DraftReader.withVersion(current,
                HistoryQuery.run(timeTravel, current, fromVersion, toVersion, type, actor, page, size));
    }

    @GetMapping(path = "/api/drafts/{draftId}/diff", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE})
    public ResponseEntity<?> diff(@PathVariable String draftId, @RequestParam String from,
                                  @RequestParam(required = false) String to,
                                  @RequestParam(defaultValue = "json") String format,
                                  @RequestParam(required = false) Long minVersion) {
        DraftView current = drafts.load(draftId, minVersion);
        long a = PointInTime.resolve(from, current, timeTravel);
        long b = PointInTime.resolve(to, current, timeTravel);
        DocumentDiff diff = DocumentDiffer.diff(timeTravel.textAt(current, a), timeTravel.textAt(current, b));
        if ("html".equalsIgnoreCase(format)) {
            String title = "Changes to draft " + HtmlUtils.htmlEscape(current.draftId()) + " from version " + a + " to " + b;
            String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                    + "</title><style>ins{background:#d4f7d4;text-decoration:underline}del{background:#f9d6d6}"
                    + "body{font-family:serif;max-width:50em;margin:2em auto;line-height:1.5}</style></head><body><h1>"
                    + title + "</h1>" + DiffHtml.render(diff) + "</body></html>";
            return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page);
        }
        if (!"json".equalsIgnoreCase(format)) {
            throw new IllegalArgumentException("format must be json or html, not " + format);
        }
        return DraftReader.withVersion(current, new DiffResult(draftId, a, b, diff));
    }

    @GetMapping(path = "/api/drafts/{draftId}/blame", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Blame.Result> blame(@PathVariable String draftId,
                                              @RequestParam(required = false) String version,
                                              @RequestParam(required = false) Long minVersion) {
        DraftView current = drafts.load(draftId, minVersion);
        return DraftReader.withVersion(current, Blame.at(timeTravel, current, PointInTime.resolve(version, current, timeTravel)));
    }

    @GetMapping(path = "/api/drafts/{draftId}/paragraphs/{paragraphId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ParagraphHistory.Result> paragraphHistory(@PathVariable String draftId,
                                                                    @PathVariable String paragraphId,
                                                                    @RequestParam(required = false) Long minVersion) {
        DraftView current = drafts.load(draftId, minVersion);
        return DraftReader.withVersion(current, ParagraphHistory.of(timeTravel, current, paragraphId));
    }

    @GetMapping(path = "/api/drafts/{draftId}/analytics", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Analytics.DraftAnalytics> analytics(@PathVariable String draftId,
                                                              @RequestParam(required = false) Long minVersion) {
        DraftView current = drafts.load(draftId, minVersion);
        return DraftReader.withVersion(current, Analytics.of(current));
    }

    @GetMapping(path = "/api/analytics", produces = MediaType.APPLICATION_JSON_VALUE)
    public Analytics.OverallAnalytics analyticsAcrossDrafts() {
        return Analytics.across(draftViews.all());
    }
}
