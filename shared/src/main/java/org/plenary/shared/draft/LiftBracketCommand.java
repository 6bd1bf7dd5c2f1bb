package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The brackets come off: the words they covered are agreed (or the request is withdrawn). */
public record LiftBracketCommand(@TargetAggregateIdentifier String draftId, String bracketId, String actor, Instant at) {
}
