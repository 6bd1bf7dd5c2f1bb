package org.plenary.shared.draft;

import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.List;

/** The main sponsors accepted an amendment: its operations are now part of the text. */
public record AmendmentAcceptedEvent(String draftId, String amendmentId, List<EditOperation> operations,
                                     String actor, Instant at) implements DraftEvent, TextChangingEvent {

    @Override
    public String source() {
        return amendmentId;
    }
}
