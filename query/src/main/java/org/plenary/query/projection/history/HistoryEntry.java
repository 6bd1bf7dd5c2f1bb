package org.plenary.query.projection.history;

import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.EventEnvelope;

import java.time.Instant;

/** One event of a draft's negotiation history, as the history query returns it. */
public record HistoryEntry(long seq, long version, String type, String actor, Instant at, DraftEvent event) {

    public static HistoryEntry of(EventEnvelope envelope) {
        DraftEvent event = envelope.event();
        return new HistoryEntry(envelope.seq(), envelope.version(), envelope.type(), event.actor(), event.at(), event);
    }
}
