package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.List;

/** A main sponsor or the facilitator revises the draft orally: the edits apply at once. */
public record MakeOralRevisionCommand(@TargetAggregateIdentifier String draftId, long baseVersion,
                                      List<EditOperation> operations, String statement, String actor, Instant at) {
}
