package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A main sponsor withdraws the draft, saying why. */
public record WithdrawDraftCommand(@TargetAggregateIdentifier String draftId, String reason, String actor, Instant at) {
}
