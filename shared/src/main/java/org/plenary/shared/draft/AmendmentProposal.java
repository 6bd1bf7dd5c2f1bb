package org.plenary.shared.draft;

import java.util.List;
import java.util.Objects;

/**
 * What proposing an amendment returns: its id, the draft version that records it, and where it overlaps the
 * amendments pending.
 */
public record AmendmentProposal(String amendmentId, long version, List<AmendmentOverlap> overlaps) {

    public AmendmentProposal {
        overlaps = List.copyOf(Objects.requireNonNullElse(overlaps, List.of()));
    }

    public AmendmentProposal(String amendmentId, long version) {
        this(amendmentId, version, List.of());
    }
}
