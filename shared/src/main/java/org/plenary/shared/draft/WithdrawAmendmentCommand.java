package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record WithdrawAmendmentCommand(@TargetAggregateIdentifier String draftId, String amendmentId,
                                       String actor, Instant at, String reason) {

    public WithdrawAmendmentCommand(String draftId, String amendmentId, String actor, Instant at) {
        this(draftId, amendmentId, actor, at, null);
    }
}
