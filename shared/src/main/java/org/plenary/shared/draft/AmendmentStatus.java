package org.plenary.shared.draft;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Where an amendment stands. {@code pending}: to be decided, addressed to the current text (rebased as the text
 * changes); {@code overtaken}: the text changed where it edits, its proposer may revise it; {@code lapsed}: a
 * revision reissued the text it edits; {@code superseded}: a compromise that replaces it was accepted.
 */
public enum AmendmentStatus {
    PENDING, ACCEPTED, REJECTED, WITHDRAWN, OVERTAKEN, LAPSED, SUPERSEDED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether it may still be decided (pending) or revised (overtaken). */
    public boolean open() {
        return this == PENDING || this == OVERTAKEN;
    }
}
