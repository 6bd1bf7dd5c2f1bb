package org.plenary.query.projection;

import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.draft.AmendmentWithdrawnEvent;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.CoSponsorWithdrawnEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.edit.DocumentEditor;

/**
 * Applies one event, in sequence, to a draft's view. Pure in-memory logic; the text changes are made by
 * the same engine the aggregate uses, so both sides agree on the text.
 */
public final class DraftViewUpdater {

    private DraftViewUpdater() {
    }

    /** Creates the view from the draft's first event. */
    public static DraftView create(EventEnvelope envelope) {
        if (!(envelope.event() instanceof DraftSubmittedEvent submitted) || envelope.seq() != 0) {
            throw new IllegalArgumentException("a draft starts with DraftSubmittedEvent at seq 0, not "
                    + envelope.type() + " at " + envelope.seq());
        }
        DraftView view = new DraftView();
        view.draftId = submitted.draftId();
        view.document = submitted.document();
        view.mainSponsors.addAll(submitted.mainSponsors());
        view.submittedBy = submitted.actor();
        view.submittedAt = submitted.at();
        view.updatedAt = submitted.at();
        view.version = envelope.version();
        return view;
    }

    /** Applies the next event: {@code envelope.seq()} must equal {@code view.version}. */
    public static void apply(DraftView view, EventEnvelope envelope) {
        if (envelope.seq() != view.version) {
            throw new IllegalArgumentException("draft " + view.draftId + " is at version " + view.version
                    + "; event seq " + envelope.seq() + " is not the next one");
        }
        long version = envelope.version();
        DraftEvent event = envelope.event();
        if (event instanceof CoSponsorJoinedEvent joined) {
            DraftView.CoSponsorship entry = new DraftView.CoSponsorship();
            entry.delegation = joined.delegation();
            entry.joinedAt = joined.at();
            entry.joinedVersion = version;
            view.coSponsors.add(entry);
        } else if (event instanceof CoSponsorWithdrawnEvent withdrawn) {
            DraftView.CoSponsorship entry = view.activeCoSponsorship(withdrawn.delegation());
            entry.withdrawnAt = withdrawn.at();
            entry.withdrawnVersion = version;
        } else if (event instanceof AmendmentProposedEvent proposed) {
            DraftView.AmendmentView amendment = new DraftView.AmendmentView();
            amendment.amendmentId = proposed.amendmentId();
            amendment.proposer = proposed.actor();
            amendment.status = AmendmentStatus.PENDING;
            amendment.baseVersion = proposed.baseVersion();
            amendment.reason = proposed.reason();
            amendment.operations = proposed.operations();
            amendment.proposedAt = proposed.at();
            amendment.proposedVersion = version;
            view.amendments.add(amendment);
        } else if (event instanceof AmendmentAcceptedEvent accepted) {
            view.document = DocumentEditor.apply(view.document, accepted.operations());
            decide(view, accepted.amendmentId(), AmendmentStatus.ACCEPTED, accepted, version, null);
        } else if (event instanceof AmendmentRejectedEvent rejected) {
            decide(view, rejected.amendmentId(), AmendmentStatus.REJECTED, rejected, version, rejected.reason());
        } else if (event instanceof AmendmentWithdrawnEvent withdrawn) {
            decide(view, withdrawn.amendmentId(), AmendmentStatus.WITHDRAWN, withdrawn, version, null);
        } else {
            throw new IllegalArgumentException("a draft is submitted once; unexpected " + envelope.type()
                    + " at seq " + envelope.seq());
        }
        view.version = version;
        view.updatedAt = event.at();
    }

    private static void decide(DraftView view, String amendmentId, AmendmentStatus status, DraftEvent event,
                               long version, String reason) {
        DraftView.AmendmentView amendment = view.amendment(amendmentId);
        amendment.status = status;
        amendment.decidedBy = event.actor();
        amendment.decidedAt = event.at();
        amendment.decidedVersion = version;
        amendment.decisionReason = reason;
    }
}
