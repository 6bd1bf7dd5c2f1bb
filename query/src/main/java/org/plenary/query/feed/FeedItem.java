package org.plenary.query.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.plenary.shared.json.Json;

import java.nio.charset.StandardCharsets;

/**
 * A feed event ready to send: its {@code event:} and {@code data:} lines, serialized once per node and
 * shared by every client. A <em>pending</em> item (no body) says only that the version exists: the node
 * could not describe it from what it holds, so clients read it from the stored history instead.
 *
 * @param changesText whether the event changes the draft's text (an accepted amendment, a chosen alternative)
 */
record FeedItem(String draftId, long version, boolean changesText, byte[] body) {

    static FeedItem of(FeedEvent event) {
        try {
            String frame = "event: " + event.type() + "\ndata: " + Json.mapper().writeValueAsString(event) + "\n\n";
            return new FeedItem(event.draftId(), event.version(), !event.textChanges().isEmpty()
                    || "AmendmentAcceptedEvent".equals(event.type()) || "AlternativeChosenEvent".equals(event.type())
                    || "RevisionIssuedEvent".equals(event.type()) || "DraftActedOnEvent".equals(event.type()),
                    frame.getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize feed event " + event.id(), e);
        }
    }

    static FeedItem pending(String draftId, long version) {
        return new FeedItem(draftId, version, true, null);
    }

    boolean ready() {
        return body != null;
    }
}
