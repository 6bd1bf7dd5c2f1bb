package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record AcceptAmendmentCommand(@TargetAggregateIdentifier String draftId, String amendmentId,
                                     String actor, Instant at, String reason) {

    public AcceptAmendmentCommand(String draftId, String amendmentId, String actor, Instant at) {
        this(draftId, amendmentId, actor, at, null);
    }
}
