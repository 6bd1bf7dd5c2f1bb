package org.plenary.shared.draft;

import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An amendment was tabled against draft version {@code baseVersion}; inserted paragraphs already carry
 * the ids they will have once accepted. {@code amends}: the amendment this one amends (a sub-amendment, whose
 * operations address the text as that amendment would leave it), or null. {@code supersedes}: for a compromise,
 * the amendments it would replace (empty otherwise).
 */
public record AmendmentProposedEvent(String draftId, String amendmentId, long baseVersion, String reason,
                                     List<EditOperation> operations, String actor, Instant at, String amends,
                                     List<String> supersedes) implements DraftEvent {

    public AmendmentProposedEvent {
        supersedes = supersedes == null || supersedes.isEmpty() ? null : List.copyOf(supersedes);
    }

    public AmendmentProposedEvent(String draftId, String amendmentId, long baseVersion, String reason,
                                  List<EditOperation> operations, String actor, Instant at) {
        this(draftId, amendmentId, baseVersion, reason, operations, actor, at, null, null);
    }

    /** The amendments a compromise supersedes; empty for any other amendment. */
    public List<String> superseded() {
        return Objects.requireNonNullElse(supersedes, List.of());
    }
}
