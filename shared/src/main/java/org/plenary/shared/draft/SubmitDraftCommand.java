package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.plenary.shared.document.DraftDocument;

import java.time.Instant;

public record SubmitDraftCommand(@TargetAggregateIdentifier String draftId, DraftDocument document,
                                 String actor, Instant at) {
}
