package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.List;

/** A main sponsor or the facilitator issues the next revision, with further edits (possibly none). */
public record IssueRevisionCommand(@TargetAggregateIdentifier String draftId, long baseVersion,
                                   List<EditOperation> operations, String note, String actor, Instant at) {
}
