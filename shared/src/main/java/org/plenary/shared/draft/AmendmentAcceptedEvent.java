package org.plenary.shared.draft;

import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.List;

/**
 * The main sponsors accepted an amendment: its operations (as last rebased, addressed to the text just before
 * this event) are now part of the text. A compromise accepted makes the amendments it supersedes superseded.
 */
public record AmendmentAcceptedEvent(String draftId, String amendmentId, List<EditOperation> operations,
                                     String actor, Instant at, String reason) implements DraftEvent, TextChangingEvent {

    public AmendmentAcceptedEvent(String draftId, String amendmentId, List<EditOperation> operations, String actor,
                                  Instant at) {
        this(draftId, amendmentId, operations, actor, at, null);
    }

    @Override
    public String source() {
        return amendmentId;
    }
}
