package org.plenary.shared.draft;

/** What issuing a revision returns: its number, its symbol and the draft version that records it. */
public record RevisionIssue(int revision, String symbol, long version) {
}
