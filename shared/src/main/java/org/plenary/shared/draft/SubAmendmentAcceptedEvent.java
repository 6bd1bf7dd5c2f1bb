package org.plenary.shared.draft;

import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.List;

/**
 * A sub-amendment was accepted into the amendment it amends ({@code amends}): the text does not change, the
 * amendment does. {@code operations} are the sub-amendment's (addressed to the text as the parent left it),
 * {@code parentBefore} and {@code parentAfter} the parent's operations before and after (both addressed to the
 * draft's current text).
 */
public record SubAmendmentAcceptedEvent(String draftId, String amendmentId, String amends,
                                        List<EditOperation> operations, List<EditOperation> parentBefore,
                                        List<EditOperation> parentAfter, String reason, String actor, Instant at)
        implements DraftEvent {
}
