package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The acting delegation joins the draft as co-sponsor. */
public record AddCoSponsorCommand(@TargetAggregateIdentifier String draftId, String actor, Instant at) {
}
