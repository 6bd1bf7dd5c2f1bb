package org.plenary.shared.draft;

/**
 * Where an amendment overlaps another pending one ({@code amendmentId}): accepting either overtakes the other.
 * {@code kind}, {@code where} and {@code why} as {@link org.plenary.shared.edit.Overlap} gives them.
 */
public record AmendmentOverlap(String amendmentId, String kind, String where, String why) {
}
