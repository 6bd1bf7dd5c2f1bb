package org.plenary.shared.draft;

/**
 * What an action returns: for a recorded vote its id, result and tallies; for consensus {@code voteId} is null and
 * the result "adopted".
 */
public record ActionResult(String voteId, String result, int yes, int no, int abstain, int absent, long version) {
}
