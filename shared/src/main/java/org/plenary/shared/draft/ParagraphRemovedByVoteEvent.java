package org.plenary.shared.draft;

import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.List;

/** A paragraph was rejected in a separate recorded vote ({@code voteId}) and is removed from the text. */
public record ParagraphRemovedByVoteEvent(String draftId, String voteId, String paragraphId,
                                          List<EditOperation> operations, String actor, Instant at)
        implements DraftEvent, TextChangingEvent {

    public ParagraphRemovedByVoteEvent {
        operations = operations == null ? List.of() : List.copyOf(operations);
    }

    @Override
    public String source() {
        return "vote " + voteId;
    }
}
