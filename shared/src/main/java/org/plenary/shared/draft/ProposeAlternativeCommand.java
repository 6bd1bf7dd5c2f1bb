package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An alternative formulation of a whole paragraph; {@code onBehalfOf} an optional group the actor speaks for. */
public record ProposeAlternativeCommand(@TargetAggregateIdentifier String draftId, String paragraphId, String text,
                                        String onBehalfOf, String actor, Instant at) {
}
