package org.plenary.shared.draft;

import java.time.Instant;

public record AmendmentWithdrawnEvent(String draftId, String amendmentId, String actor, Instant at) implements DraftEvent {
}
