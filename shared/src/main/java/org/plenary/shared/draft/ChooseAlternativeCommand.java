package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Alternative {@code number} ("Alt 2") of a paragraph replaces its text; the paragraph's other alternatives close. */
public record ChooseAlternativeCommand(@TargetAggregateIdentifier String draftId, String paragraphId, int number,
                                       String actor, Instant at) {
}
