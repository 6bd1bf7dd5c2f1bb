package org.plenary.query.feed;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * The {@code data:} of one SSE event: one domain event of one draft.
 *
 * @param id          {@code <draftId>:<version>}, the event's identity on both feeds
 * @param event       the raw event payload, as the history query returns it
 * @param textChanges for {@code AmendmentAcceptedEvent} and {@code AlternativeChosenEvent} the operations spelled out;
 *                    empty otherwise
 */
public record FeedEvent(String id, String draftId, long version, long seq, String type, String actor, Instant at,
                        String summary, JsonNode event, List<TextChange> textChanges) {
}
