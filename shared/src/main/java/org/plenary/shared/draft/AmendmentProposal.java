package org.plenary.shared.draft;

/** What proposing an amendment returns: its id and the draft version that records it. */
public record AmendmentProposal(String amendmentId, long version) {
}
