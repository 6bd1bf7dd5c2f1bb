package org.plenary.shared.draft;

import org.plenary.shared.consultation.ParagraphStatus;

import java.time.Instant;

/**
 * A paragraph's status changed from {@code previous} to {@code status}. Marking it settled (ad ref or agreed) also
 * closes its open alternatives: the text as it stands is the one agreed.
 */
public record ParagraphStatusChangedEvent(String draftId, String paragraphId, ParagraphStatus status,
                                          ParagraphStatus previous, String note, String actor, Instant at)
        implements DraftEvent {
}
