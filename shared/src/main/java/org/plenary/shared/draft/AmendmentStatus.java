package org.plenary.shared.draft;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Where an amendment stands. {@code pending}: to be decided, addressed to the current text (rebased as the text
 * changes); {@code overtaken}: the text changed where it edits, its proposer may revise it; {@code lapsed}: a
 * revision reissued the text it edits; {@code superseded}: a compromise that replaces it was accepted;
 * {@code rejectedByVote}: the body rejected it in a recorded vote.
 */
public enum AmendmentStatus {
    PENDING, ACCEPTED, REJECTED, WITHDRAWN, OVERTAKEN, LAPSED, SUPERSEDED, REJECTED_BY_VOTE;

    @JsonValue
    public String json() {
        return this == REJECTED_BY_VOTE ? "rejectedByVote" : name().toLowerCase(Locale.ROOT);
    }

    /** Whether it may still be decided (pending) or revised (overtaken). */
    public boolean open() {
        return this == PENDING || this == OVERTAKEN;
    }
}
