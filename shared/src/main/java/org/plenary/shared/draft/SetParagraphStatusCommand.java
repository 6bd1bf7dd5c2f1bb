package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.plenary.shared.consultation.ParagraphStatus;

import java.time.Instant;

/** The facilitator or a main sponsor marks a paragraph open, agreed ad ref or agreed; {@code note} is optional. */
public record SetParagraphStatusCommand(@TargetAggregateIdentifier String draftId, String paragraphId,
                                        ParagraphStatus status, String note, String actor, Instant at) {
}
