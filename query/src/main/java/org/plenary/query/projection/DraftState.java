package org.plenary.query.projection;

import org.plenary.shared.document.DraftDocument;

/** What a {@link Projector} may read of a draft after an event: the run's working state, read only. */
public interface DraftState {

    String draftId();

    /** The number of events applied. */
    long version();

    /** The text after the events applied (immutable: an accepted amendment replaces it). */
    DraftDocument document();

    /** An amendment as it stands after the events applied. */
    DraftView.AmendmentView amendment(String amendmentId);

    /** The immutable view; made when first asked for after a change, so ask at a write, not at every event. */
    DraftView view();
}
