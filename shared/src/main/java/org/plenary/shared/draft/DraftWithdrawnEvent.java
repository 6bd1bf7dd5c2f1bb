package org.plenary.shared.draft;

import java.time.Instant;

/** A main sponsor withdrew the draft: it takes no further change. */
public record DraftWithdrawnEvent(String draftId, String reason, String actor, Instant at) implements DraftEvent {
}
