package org.plenary.query.pastview;

import org.plenary.query.projection.DraftView;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A point of a draft's history given by a client: a version number or an ISO-8601 instant. */
public final class PointInTime {

    private PointInTime() {
    }

    /** The version {@code value} names for this draft ({@code null} → the current version). */
    public static long resolve(String value, DraftView current, TimeTravel timeTravel) {
        if (value == null || value.isBlank()) {
            return current.version();
        }
        String trimmed = value.trim();
        if (trimmed.chars().allMatch(Character::isDigit) && trimmed.length() < 19) {
            long version = Long.parseLong(trimmed);
            if (version < 1 || version > current.version()) {
                throw new IllegalArgumentException("version " + version + " is outside 1.." + current.version());
            }
            return version;
        }
        try {
            return timeTravel.versionAt(current, Instant.parse(trimmed));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + value + "\" is neither a version number nor an ISO-8601 instant "
                    + "such as 2017-05-23T15:00:00Z");
        }
    }
}
