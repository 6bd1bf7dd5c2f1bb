package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.List;

/** {@code amends}: the amendment this one amends (a sub-amendment), or null. */
public record ProposeAmendmentCommand(@TargetAggregateIdentifier String draftId, long baseVersion, String reason,
                                      List<EditOperation> operations, String actor, Instant at, String amends) {

    public ProposeAmendmentCommand(String draftId, long baseVersion, String reason, List<EditOperation> operations,
                                   String actor, Instant at) {
        this(draftId, baseVersion, reason, operations, actor, at, null);
    }
}
