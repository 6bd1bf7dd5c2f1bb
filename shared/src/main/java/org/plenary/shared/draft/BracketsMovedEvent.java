package org.plenary.shared.draft;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The brackets followed a change of the text, in the same command, right after the event that changed it
 * ({@code source}: "A4", "Alt 2" …; {@code actor} the one who made that change): each of {@code moved} now covers
 * the range given, in the text after the change; each of {@code lapsed} is gone, and why.
 */
public record BracketsMovedEvent(String draftId, String source, List<Position> moved, List<Lapsed> lapsed,
                                 String actor, Instant at) implements DraftEvent {

    public BracketsMovedEvent {
        moved = List.copyOf(Objects.requireNonNullElse(moved, List.of()));
        lapsed = List.copyOf(Objects.requireNonNullElse(lapsed, List.of()));
    }

    /** Where a bracket now stands. */
    public record Position(String bracketId, int start, int end) {
    }

    /** A bracket that is gone: "operative paragraph 3 was deleted by A4". */
    public record Lapsed(String bracketId, String reason) {
    }
}
