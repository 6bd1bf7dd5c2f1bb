package org.plenary.shared.draft;

import java.time.Instant;

/**
 * An amendment rejected: by those with the sponsors' rights, or by the body in a recorded vote ({@code voteId}, null
 * otherwise; the amendment is then {@code rejectedByVote}).
 */
public record AmendmentRejectedEvent(String draftId, String amendmentId, String reason,
                                     String actor, Instant at, String voteId) implements DraftEvent {

    public AmendmentRejectedEvent(String draftId, String amendmentId, String reason, String actor, Instant at) {
        this(draftId, amendmentId, reason, actor, at, null);
    }

    /** The state it leaves the amendment in. */
    public AmendmentStatus outcome() {
        return voteId == null ? AmendmentStatus.REJECTED : AmendmentStatus.REJECTED_BY_VOTE;
    }
}
