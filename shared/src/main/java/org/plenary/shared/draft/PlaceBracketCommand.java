package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Square brackets around characters [start, end) of a paragraph's or item's markup text. {@code requestedBy} is the
 * delegation that asked for them (null: the actor); {@code onBehalfOf} a group it speaks for; both optional, as is
 * {@code note}.
 */
public record PlaceBracketCommand(@TargetAggregateIdentifier String draftId, String paragraphId, int start, int end,
                                  String requestedBy, String onBehalfOf, String note, String actor, Instant at) {
}
