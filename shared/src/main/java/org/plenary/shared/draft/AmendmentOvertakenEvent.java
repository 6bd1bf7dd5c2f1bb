package org.plenary.shared.draft;

import java.time.Instant;
import java.util.List;

/**
 * A pending amendment overlapped a change of the text ({@code source}: "A4", "Rev.1" …) and can no longer be
 * applied as it stands; {@code reasons} say what changed ("in operative paragraph 4, the words “possible” it
 * replaces were changed by A4"). Overtaken, its proposer may revise it; {@code lapsed} when the change reissued
 * the text (a revision): then it is gone.
 */
public record AmendmentOvertakenEvent(String draftId, String amendmentId, String source, List<String> reasons,
                                      boolean lapsed, String actor, Instant at) implements DraftEvent {

    public AmendmentOvertakenEvent {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
