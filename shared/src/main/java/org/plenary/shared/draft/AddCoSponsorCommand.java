package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The acting delegation joins the draft as co-sponsor, for itself or on behalf of a group it belongs to. */
public record AddCoSponsorCommand(@TargetAggregateIdentifier String draftId, String onBehalfOf, String actor, Instant at) {

    /** Joins for itself. */
    public AddCoSponsorCommand(String draftId, String actor, Instant at) {
        this(draftId, null, actor, at);
    }
}
