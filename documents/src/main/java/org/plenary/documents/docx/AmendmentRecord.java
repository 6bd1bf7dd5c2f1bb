package org.plenary.documents.docx;

import java.time.Instant;
import java.util.List;

import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.edit.EditOperation;

/**
 * What the Word export needs to know of an amendment of the draft: who proposed it when, against which version,
 * its operations, its state and, once decided, the version of the decision.
 *
 * @param proposer       the proposing delegation's code ("FRA"), or "SECRETARIAT"
 * @param decidedVersion the draft version that recorded the decision, null while pending
 */
public record AmendmentRecord(String amendmentId, String proposer, AmendmentStatus status, long baseVersion,
                              Long decidedVersion, Instant proposedAt, List<EditOperation> operations) {

    public AmendmentRecord {
        operations = List.copyOf(operations);
    }
}
