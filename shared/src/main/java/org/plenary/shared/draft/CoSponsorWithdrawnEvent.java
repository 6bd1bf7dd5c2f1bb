package org.plenary.shared.draft;

import java.time.Instant;

public record CoSponsorWithdrawnEvent(String draftId, String delegation, String actor, Instant at) implements DraftEvent {
}
