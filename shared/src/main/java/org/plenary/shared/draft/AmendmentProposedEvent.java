package org.plenary.shared.draft;

import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.List;

/**
 * An amendment was tabled against draft version {@code baseVersion}; inserted paragraphs already carry
 * the ids they will have once accepted.
 */
public record AmendmentProposedEvent(String draftId, String amendmentId, long baseVersion, String reason,
                                     List<EditOperation> operations, String actor, Instant at) implements DraftEvent {
}
