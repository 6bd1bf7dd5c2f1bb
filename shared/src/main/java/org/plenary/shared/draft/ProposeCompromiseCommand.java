package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.List;

/** A compromise text replacing the amendments {@code supersedes}, tabled by a main sponsor or the facilitator. */
public record ProposeCompromiseCommand(@TargetAggregateIdentifier String draftId, long baseVersion,
                                       List<String> supersedes, List<EditOperation> operations, String reason,
                                       String actor, Instant at) {
}
