package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** The secretariat registers the members of the body that acts on the draft (codes or names). */
public record RegisterMembersCommand(@TargetAggregateIdentifier String draftId, List<String> members, String actor,
                                     Instant at) {
}
