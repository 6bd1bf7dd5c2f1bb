package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record RejectAmendmentCommand(@TargetAggregateIdentifier String draftId, String amendmentId, String reason,
                                     String actor, Instant at) {
}
