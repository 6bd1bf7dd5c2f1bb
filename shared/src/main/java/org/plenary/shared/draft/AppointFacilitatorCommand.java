package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The secretariat appoints a facilitator for the draft. */
public record AppointFacilitatorCommand(@TargetAggregateIdentifier String draftId, String delegation, String actor,
                                        Instant at) {
}
