package org.plenary.shared.draft;

import java.time.Instant;

public record AmendmentRejectedEvent(String draftId, String amendmentId, String reason,
                                     String actor, Instant at) implements DraftEvent {
}
