package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The acting delegation withdraws its co-sponsorship. */
public record WithdrawCoSponsorCommand(@TargetAggregateIdentifier String draftId, String actor, Instant at) {
}
