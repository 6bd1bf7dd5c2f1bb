package org.plenary.query.projection;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** One event of a draft's negotiation history, as the history query returns it. */
public record HistoryEntry(long seq, long version, String type, String actor, Instant at, JsonNode event) {
}
