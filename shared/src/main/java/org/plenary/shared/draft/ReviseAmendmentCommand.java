package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.List;

public record ReviseAmendmentCommand(@TargetAggregateIdentifier String draftId, String amendmentId, long baseVersion,
                                     String reason, List<EditOperation> operations, String actor, Instant at) {
}
