package org.plenary.shared.draft;

import java.time.Instant;
import java.util.List;

/** The secretariat registered the members of the body that acts on the draft (codes): only they vote. */
public record MembersRegisteredEvent(String draftId, List<String> members, String actor, Instant at) implements DraftEvent {

    public MembersRegisteredEvent {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
