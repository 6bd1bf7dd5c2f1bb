package org.plenary.command.draft;

import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.edit.EditOperation;

import java.util.Comparator;
import java.util.List;

/**
 * What the draft remembers of an amendment to decide on it. A pending amendment's operations address the current
 * text (they are rebased as it changes; {@code baseVersion} is the version they address); an overtaken one's the
 * text at its base version. A sub-amendment's ({@code amends} names its parent) address the text as the parent
 * would leave it. {@code supersedes}: what a compromise would replace; {@code heldBy}: the pending compromise that
 * would replace this one. Fields missing from an older snapshot read as null.
 */
record Amendment(String proposer, long baseVersion, List<EditOperation> operations, AmendmentStatus status,
                 String amends, List<String> supersedes, String heldBy) {

    Amendment {
        supersedes = supersedes == null ? List.of() : List.copyOf(supersedes);
    }

    Amendment withStatus(AmendmentStatus newStatus) {
        return new Amendment(proposer, baseVersion, operations, newStatus, amends, supersedes, heldBy);
    }

    Amendment rebased(long version, List<EditOperation> newOperations) {
        return new Amendment(proposer, version, newOperations, status, amends, supersedes, heldBy);
    }

    Amendment held(String compromise) {
        return new Amendment(proposer, baseVersion, operations, status, amends, supersedes, compromise);
    }

    boolean isPending() {
        return status == AmendmentStatus.PENDING;
    }

    boolean isSub() {
        return amends != null;
    }

    /** The number in its id ("A12" → 12): the order of proposal. */
    static int number(String amendmentId) {
        return Integer.parseInt(amendmentId.substring(1));
    }

    /** Amendment ids in the order of proposal ({@link #number}). */
    static final Comparator<String> PROPOSAL_ORDER = Comparator.comparingInt(Amendment::number);
}
