package org.plenary.shared.draft;

import java.time.Instant;

/**
 * {@code delegation} joined the draft as co-sponsor; {@code onBehalfOf} names the group it joined for (the full name,
 * e.g. "Group of African States"), null when it joined for itself.
 */
public record CoSponsorJoinedEvent(String draftId, String delegation, String onBehalfOf, String actor, Instant at)
        implements DraftEvent {

    /** Joined for itself. */
    public CoSponsorJoinedEvent(String draftId, String delegation, String actor, Instant at) {
        this(draftId, delegation, null, actor, at);
    }
}
