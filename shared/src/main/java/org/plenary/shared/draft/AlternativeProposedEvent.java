package org.plenary.shared.draft;

import java.time.Instant;

/** Alternative formulation "Alt {@code number}" of a paragraph was proposed (on behalf of a group, if named). */
public record AlternativeProposedEvent(String draftId, String paragraphId, int number, String text,
                                       String onBehalfOf, String actor, Instant at) implements DraftEvent {
}
