package org.plenary.query.lifecycle;

import org.plenary.query.pastview.DraftReader;
import org.plenary.query.pastview.TimeTravel;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.LifecycleView;
import org.plenary.query.web.NotFoundException;
import org.plenary.shared.document.DocumentView;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.history.DiffHtml;
import org.plenary.shared.history.DocumentDiff;
import org.plenary.shared.history.DocumentDiffer;
import org.plenary.shared.un.UnTextWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The draft's lifecycle as read: its revisions (each as issued, and the changes since the previous one), its oral
 * revisions, its votes, and the whole negotiation at any point ({@code ?asOf=} or {@code ?version=}, through time
 * travel).
 */
@RestController
@RequestMapping(path = "/api/drafts/{draftId}")
public class LifecycleQueryController {

    private final DraftReader drafts;
    private final TimeTravel timeTravel;

    public LifecycleQueryController(DraftReader drafts, TimeTravel timeTravel) {
        this.drafts = drafts;
        this.timeTravel = timeTravel;
    }

    public record Revisions(String draftId, long version, List<LifecycleResponses.RevisionEntry> revisions) {
    }

    public record Changes(String draftId, int from, int to, DocumentDiff diff) {
    }

    public record OralRevisions(String draftId, long version, List<LifecycleResponses.OralRevisionEntry> oralRevisions) {
    }

    public record Votes(String draftId, long version, List<LifecycleResponses.VoteEntry> votes) {
    }

    @GetMapping(path = "/revisions", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Revisions> revisions(@PathVariable String draftId, @RequestParam(required = false) Long minVersion) {
        DraftView current = drafts.load(draftId, minVersion);
        return DraftReader.withVersion(current, new Revisions(draftId, current.version(), entries(current)));
    }

    @GetMapping(path = "/revisions/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<LifecycleResponses.IssuedRevision> revision(@PathVariable String draftId, @PathVariable String number,
                                                                      @RequestParam(required = false) Long minVersion) {
        DraftView current = drafts.load(draftId, minVersion);
        LifecycleResponses.RevisionEntry entry = find(current, number);
        DraftDocument issued = timeTravel.textAt(current, entry.version());
        return DraftReader.withVersion(current, new LifecycleResponses.IssuedRevision(draftId, entry.revision(),
                entry.symbol(), entry.version(), DocumentView.of(issued)));
    }

    @GetMapping(path = "/revisions/{number}/changes", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE})
    public ResponseEntity<?> changes(@PathVariable String draftId, @PathVariable String number,
                                     @RequestParam(defaultValue = "json") String format,
                                     @RequestParam(required = false) Long minVersion) {
        if (!"json".equalsIgnoreCase(format) && !"html".equalsIgnoreCase(format)) {
            throw new IllegalArgumentException("format must be json or html, not " + abbreviate(format));
        }
        DraftView current = drafts.load(draftId, minVersion);
        List<LifecycleResponses.RevisionEntry> all = entries(current);
        LifecycleResponses.RevisionEntry entry = find(current, number);
        int index = all.indexOf(entry);
        if (index == 0) {
            throw new IllegalArgumentException("revision " + entry.revision() + " is the text as submitted: it has no "
                    + "previous revision to compare with");
        }
        LifecycleResponses.RevisionEntry previous = all.get(index - 1);
        DocumentDiff diff = DocumentDiffer.diff(timeTravel.textAt(current, previous.version()),
                timeTravel.textAt(current, entry.version()));
        if ("html".equalsIgnoreCase(format)) {
            String title = "Changes in " + HtmlUtils.htmlEscape(label(entry)) + " since " + HtmlUtils.htmlEscape(label(previous));
            String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                    + "</title><style>ins{background:#d4f7d4;text-decoration:underline}del{background:#f9d6d6}"
                    + "body{font-family:serif;max-width:50em;margin:2em auto;line-height:1.5}</style></head><body><h1>"
                    + title + "</h1>" + DiffHtml.render(diff) + "</body></html>";
            return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page);
        }
        return DraftReader.withVersion(current, new Changes(draftId, previous.revision(), entry.revision(), diff));
    }

    @GetMapping(path = "/oral-revisions", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<OralRevisions> oralRevisions(@PathVariable String draftId,
                                                       @RequestParam(required = false) Long minVersion) {
        DraftView current = drafts.load(draftId, minVersion);
        return DraftReader.withVersion(current, new OralRevisions(draftId, current.version(),
                current.lifecycle().oralRevisions().stream().map(LifecycleResponses::oral).toList()));
    }

    @GetMapping(path = "/votes", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Votes> votes(@PathVariable String draftId, @RequestParam(required = false) Long minVersion) {
        DraftView current = drafts.load(draftId, minVersion);
        return DraftReader.withVersion(current, new Votes(draftId, current.version(),
                current.lifecycle().votes().stream().map(LifecycleResponses::vote).toList()));
    }

    @GetMapping(path = "/votes/{voteId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<LifecycleResponses.VoteEntry> vote(@PathVariable String draftId, @PathVariable String voteId,
                                                             @RequestParam(required = false) Long minVersion) {
        DraftView current = drafts.load(draftId, minVersion);
        for (LifecycleView.Vote v : current.lifecycle().votes()) {
            if (v.voteId().equals(voteId)) {
                return DraftReader.withVersion(current, LifecycleResponses.vote(v));
            }
        }
        throw new NotFoundException("draft " + draftId + " has no vote " + abbreviate(voteId));
    }

    @GetMapping(path = "/negotiation", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<LifecycleResponses.Negotiation> negotiation(@PathVariable String draftId,
                                                                      @RequestParam(required = false) Long minVersion,
                                                                      @RequestParam(required = false) Long version,
                                                                      @RequestParam(required = false) Instant asOf) {
        DraftView view = drafts.load(draftId, minVersion, version, asOf);
        return DraftReader.withVersion(view, LifecycleResponses.negotiation(view, UnTextWriter.write(view.document())));
    }

    /** Revision 0, the text as submitted, then every revision issued. */
    private List<LifecycleResponses.RevisionEntry> entries(DraftView current) {
        LifecycleView lifecycle = current.lifecycle();
        List<LifecycleResponses.RevisionEntry> entries = new ArrayList<>();
        DraftDocument original = current.version() == 1 ? current.document() : timeTravel.textAt(current, 1);
        entries.add(new LifecycleResponses.RevisionEntry(0,
                original.symbol(), 1, current.submittedAt(), current.submittedBy(), null, current.mainSponsors()));
        for (LifecycleView.Revision r : lifecycle.revisions()) {
            entries.add(new LifecycleResponses.RevisionEntry(r.revision(), r.symbol(), r.version(), r.at(), r.actor(),
                    r.note(), r.sponsors()));
        }
        return entries;
    }

    private LifecycleResponses.RevisionEntry find(DraftView current, String number) {
        if (!number.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("\"" + abbreviate(number) + "\" is not a revision number (0 for the text as submitted)");
        }
        int n = Integer.parseInt(number);
        return entries(current).stream().filter(e -> e.revision() == n).findFirst()
                .orElseThrow(() -> new NotFoundException("draft " + current.draftId() + " has no revision " + n));
    }

    private static String label(LifecycleResponses.RevisionEntry entry) {
        return entry.symbol() != null ? entry.symbol() : "revision " + entry.revision();
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
