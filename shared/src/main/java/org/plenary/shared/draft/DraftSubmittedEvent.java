package org.plenary.shared.draft;

import org.plenary.shared.document.DraftDocument;

import java.time.Instant;
import java.util.List;

/** A draft was registered with its text; {@code mainSponsors} are registry codes in the printed order. */
public record DraftSubmittedEvent(String draftId, DraftDocument document, List<String> mainSponsors,
                                  String actor, Instant at) implements DraftEvent {
}
