package org.plenary.shared.draft;

import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.List;

/**
 * Alternative "Alt {@code number}" of a paragraph was chosen: its text replaces the paragraph's ({@code operations}:
 * one replaceParagraph), and the paragraph's other open alternatives are closed.
 */
public record AlternativeChosenEvent(String draftId, String paragraphId, int number, List<EditOperation> operations,
                                     String actor, Instant at) implements DraftEvent, TextChangingEvent {

    @Override
    public String source() {
        return "Alt " + number;
    }
}
