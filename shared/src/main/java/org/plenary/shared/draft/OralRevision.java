package org.plenary.shared.draft;

/** What an oral revision returns: its number and the draft version that records it. */
public record OralRevision(int oralRevision, long version) {
}
