package org.plenary.shared.draft;

import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.List;

/**
 * A main sponsor or the facilitator revised the draft orally at the meeting, reading out {@code statement}; the
 * operations apply at once. Numbered in order (1, 2 …); not an amendment.
 */
public record OralRevisionMadeEvent(String draftId, int number, long baseVersion, List<EditOperation> operations,
                                    String statement, String actor, Instant at) implements DraftEvent, TextChangingEvent {

    public OralRevisionMadeEvent {
        operations = operations == null ? List.of() : List.copyOf(operations);
    }

    @Override
    public String source() {
        return "oral revision " + number;
    }
}
