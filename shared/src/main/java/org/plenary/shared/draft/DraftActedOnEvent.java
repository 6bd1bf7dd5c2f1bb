package org.plenary.shared.draft;

import java.time.Instant;

/**
 * The body acted on the draft: adopted (by consensus or a recorded vote) or rejected (by a recorded vote). The draft
 * takes no further change.
 *
 * @param decision         "adopted" or "rejected"
 * @param method           "consensus" or "recordedVote"
 * @param voteId           the vote on the draft as a whole, or null for consensus
 * @param resolutionSymbol the symbol the adopted resolution bears (e.g. "26/2"), or null
 */
public record DraftActedOnEvent(String draftId, String decision, String method, String voteId, String resolutionSymbol,
                                String actor, Instant at) implements DraftEvent {

    public boolean adopted() {
        return "adopted".equals(decision);
    }
}
