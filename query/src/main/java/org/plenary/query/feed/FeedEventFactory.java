package org.plenary.query.feed;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.TextChangingEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.json.Json;

import java.util.List;

/** Builds the feed form of a domain event; live events and history entries go through the same code. */
public final class FeedEventFactory {

    /** @param after the draft's text after the event when it is known (the text before it, advanced) */
    public record Result(FeedEvent event, DraftDocument after) {
    }

    private FeedEventFactory() {
    }

    /**
     * @param before the draft's text just before the event; required for a {@link TextChangingEvent} (an accepted
     *               amendment, a chosen alternative), may be null otherwise
     */
    public static Result build(String draftId, long seq, DraftEvent event, DraftDocument before) {
        List<TextChange> changes = List.of();
        DraftDocument after = before;
        if (event instanceof TextChangingEvent change) {
            if (before == null) {
                throw new IllegalArgumentException("the text of " + draftId + " before seq " + seq + " is needed");
            }
            TextChangeBuilder.Described described = TextChangeBuilder.describe(before, change.operations());
            changes = described.changes();
            after = described.after();
        } else if (event instanceof DraftSubmittedEvent submitted) {
            after = submitted.document();
        }
        long version = seq + 1;
        FeedEvent feedEvent = new FeedEvent(draftId + ":" + version, draftId, version, seq,
                event.getClass().getSimpleName(), event.actor(), event.at(), EventSummaries.summarize(event), Json.mapper().valueToTree(event),
                changes);
        return new Result(feedEvent, after);
    }
}
