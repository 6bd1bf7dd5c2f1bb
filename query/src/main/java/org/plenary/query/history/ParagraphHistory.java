package org.plenary.query.history;

import org.plenary.query.pastview.TimeTravel;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.DraftViewBuilder;
import org.plenary.query.projection.history.HistoryEntry;
import org.plenary.query.projection.ConsultationView;
import org.plenary.shared.draft.AlternativeChosenEvent;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.TextChangingEvent;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.edit.NodeIndex;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every change to one paragraph (or item): each accepted amendment (or chosen alternative: its "Alt n" in
 * {@code amendmentId}) that changed its text, inserted or deleted it, with the text before and after, found by replaying the draft's history.
 */
public final class ParagraphHistory {

    /** One change; {@code before} is null when the paragraph was inserted, {@code after} when deleted. */
    public record Change(long version, String amendmentId, String proposer, String acceptedBy, Instant at,
                         String kind, String before, String after) {
    }

    public record Result(String draftId, String paragraphId, long version, String originalText, List<Change> changes) {
    }

    private ParagraphHistory() {
    }

    public static Result of(TimeTravel timeTravel, DraftView current, String paragraphId) {
        DraftViewBuilder view = null;
        String original = null;
        String before = null; // the paragraph's text after the events applied so far
        boolean existed = false;
        List<Change> changes = new ArrayList<>();
        for (HistoryEntry entry : timeTravel.entries(current.draftId(), 0, current.version())) {
            EventEnvelope envelope = TimeTravel.toEnvelope(current.draftId(), entry);
            if (view == null) {
                view = DraftViewBuilder.submitted(envelope);
                original = text(view, paragraphId);
                before = original;
                existed = original != null;
                continue;
            }
            view.apply(envelope);
            if (!(envelope.event() instanceof TextChangingEvent change)) {
                continue; // only accepted amendments and chosen alternatives change the text
            }
            String after = text(view, paragraphId);
            if (!Objects.equals(before, after)) {
                DraftEvent event = envelope.event();
                String kind = before == null ? "inserted" : after == null ? "deleted" : "changed";
                changes.add(new Change(envelope.version(), change.source(), proposer(view, event), event.actor(),
                        event.at(), kind, before, after));
                existed = true;
            }
            before = after;
        }
        if (!existed) {
            throw new IllegalArgumentException("draft " + current.draftId() + " never had a paragraph " + paragraphId);
        }
        return new Result(current.draftId(), paragraphId, current.version(), original, changes);
    }

    /** Who proposed the change: the amendment's proposer, or the chosen alternative's. */
    private static String proposer(DraftViewBuilder view, DraftEvent event) {
        if (event instanceof AmendmentAcceptedEvent accepted) {
            return view.amendment(accepted.amendmentId()).proposer();
        }
        if (event instanceof AlternativeChosenEvent chosen) {
            for (ConsultationView.AlternativeView a : view.view().consultation().alternatives()) {
                if (a.paragraphId().equals(chosen.paragraphId()) && a.number() == chosen.number()) {
                    return a.proposer();
                }
            }
            return null;
        }
        return event.actor(); // a revision, an oral revision, a vote: whoever made it
    }

    private static String text(DraftViewBuilder view, String paragraphId) {
        NodeIndex index = NodeIndex.of(view.document());
        return index.contains(paragraphId) ? index.text(paragraphId) : null;
    }
}
