package org.plenary.shared.draft;

/** What placing a bracket returns: its id ("B3") and the draft version that records it. */
public record BracketPlacement(String bracketId, long version) {
}
