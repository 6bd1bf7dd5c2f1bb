package org.plenary.shared.draft;

import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The pending amendments followed a change of the text, in the same command, right after the event that changed
 * it ({@code source}: "A4", "Alt 2" …; {@code actor} the one who made that change). Every pending amendment that
 * did not overlap the change (all but those overtaken by the events that follow) now addresses the text at
 * {@code baseVersion}; those in {@code moved} with the operations given, the others unchanged. Sub-amendments of an
 * amendment whose form changed follow it the same way.
 */
public record AmendmentsRebasedEvent(String draftId, String source, long baseVersion, List<String> rebased,
                                     List<Moved> moved, String actor, Instant at) implements DraftEvent {

    public AmendmentsRebasedEvent {
        rebased = List.copyOf(Objects.requireNonNullElse(rebased, List.of()));
        moved = List.copyOf(Objects.requireNonNullElse(moved, List.of()));
    }

    /** An amendment's operations rewritten for the new text. */
    public record Moved(String amendmentId, List<EditOperation> operations) {
    }
}
