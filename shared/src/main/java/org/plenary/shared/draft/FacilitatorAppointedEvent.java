package org.plenary.shared.draft;

import java.time.Instant;

/** The secretariat appointed {@code delegation} facilitator of the draft: it has the main sponsors' rights. */
public record FacilitatorAppointedEvent(String draftId, String delegation, String actor, Instant at) implements DraftEvent {
}
