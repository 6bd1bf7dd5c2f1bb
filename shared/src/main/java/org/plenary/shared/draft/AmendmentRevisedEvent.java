package org.plenary.shared.draft;

import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.List;

/**
 * The proposer rewrote an overtaken (or pending) amendment against the text at {@code baseVersion}: it is pending
 * again with these operations (inserted paragraphs carry new ids).
 */
public record AmendmentRevisedEvent(String draftId, String amendmentId, long baseVersion, String reason,
                                    List<EditOperation> operations, String actor, Instant at) implements DraftEvent {
}
