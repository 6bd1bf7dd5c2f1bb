package org.plenary.shared.draft;

import java.time.Instant;

public record AmendmentWithdrawnEvent(String draftId, String amendmentId, String actor, Instant at, String reason)
        implements DraftEvent {

    public AmendmentWithdrawnEvent(String draftId, String amendmentId, String actor, Instant at) {
        this(draftId, amendmentId, actor, at, null);
    }
}
