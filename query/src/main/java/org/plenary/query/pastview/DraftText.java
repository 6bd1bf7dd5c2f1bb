package org.plenary.query.pastview;

import org.plenary.shared.document.DraftDocument;

import java.time.Instant;

/**
 * The text of a draft at a version, with what the document formats need besides it: the text endpoints take no
 * copy of the negotiation's amendments and co-sponsorships ({@link DraftReader#loadText}).
 *
 * @param submittedAt        dates the document (Akoma Ntoso's work date), whatever the version
 * @param subsequentlyJoined the co-sponsors (codes) who joined after this text was issued and are not in its sponsors
 *                           line
 * @param actedOn            whether the draft had been adopted or rejected by then (the text is the resolution's)
 */
public record DraftText(String draftId, long version, DraftDocument document, Instant submittedAt,
                        java.util.List<String> subsequentlyJoined, boolean actedOn) {
}
