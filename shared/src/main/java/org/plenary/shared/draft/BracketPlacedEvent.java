package org.plenary.shared.draft;

import java.time.Instant;

/**
 * Square brackets were put around characters [start, end) of a paragraph's or item's markup text ({@code words}, as
 * they read then), at the request of {@code requestedBy} (on behalf of the group {@code onBehalfOf}, if any).
 */
public record BracketPlacedEvent(String draftId, String bracketId, String paragraphId, int start, int end,
                                 String words, String requestedBy, String onBehalfOf, String note, String actor,
                                 Instant at) implements DraftEvent {
}
