package org.plenary.query.history;

import org.plenary.query.pastview.TimeTravel;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.history.HistoryEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Filters and pages the negotiation history: versions {@code from..to} (inclusive), an event type and an
 * actor, read bucket by bucket.
 */
public final class HistoryQuery {

    public static final int MAX_PAGE_SIZE = 1000;

    public record Page(String draftId, long version, long from, long to, int page, int size, int total,
                       List<HistoryEntry> events, Integer nextPage) {
    }

    private HistoryQuery() {
    }

    public static Page run(TimeTravel timeTravel, DraftView current, long from, long to, String type, String actor,
                           int page, int size) {
        if (from > to) {
            throw new IllegalArgumentException("from (version " + from + ") is after to (version " + to + ")");
        }
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        String wantedType = type == null || type.isBlank() ? null
                : type.trim().endsWith("Event") ? type.trim() : type.trim() + "Event";
        String wantedActor = actor == null || actor.isBlank() ? null : actor.trim().toUpperCase(Locale.ROOT);
        List<HistoryEntry> matching = new ArrayList<>();
        for (HistoryEntry entry : timeTravel.entries(current.draftId(), from - 1, to)) {
            if ((wantedType == null || entry.type().equalsIgnoreCase(wantedType))
                    && (wantedActor == null || wantedActor.equals(entry.actor()))) {
                matching.add(entry);
            }
        }
        int first = (int) Math.min((long) page * size, matching.size());
        int last = Math.min(first + size, matching.size());
        Integer next = last < matching.size() ? page + 1 : null;
        return new Page(current.draftId(), current.version(), from, to, page, size, matching.size(),
                List.copyOf(matching.subList(first, last)), next);
    }
}
