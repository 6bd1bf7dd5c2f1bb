package org.plenary.shared.draft;

import java.time.Instant;

public record CoSponsorJoinedEvent(String draftId, String delegation, String actor, Instant at) implements DraftEvent {
}
