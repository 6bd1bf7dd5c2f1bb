package org.plenary.shared.draft;

import java.time.Instant;

/** A bracket was lifted. */
public record BracketLiftedEvent(String draftId, String bracketId, String actor, Instant at) implements DraftEvent {
}
