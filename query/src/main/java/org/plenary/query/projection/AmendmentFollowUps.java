package org.plenary.query.projection;

import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentOvertakenEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.AmendmentRevisedEvent;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.draft.AmendmentWithdrawnEvent;
import org.plenary.shared.draft.AmendmentsRebasedEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.SubAmendmentAcceptedEvent;

/**
 * The amendment events of a draft's view but the acceptance that changes the text (which {@link DraftViewBuilder}
 * applies): proposals (sub-amendments and compromises), rejections and withdrawals, rebases, overtaking and
 * lapsing, revisions, sub-amendments accepted into their parent; a compromise accepted supersedes what it replaces.
 */
final class AmendmentFollowUps {

    private final DraftViewBuilder view;

    AmendmentFollowUps(DraftViewBuilder view) {
        this.view = view;
    }

    static boolean handles(DraftEvent event) {
        return event instanceof AmendmentProposedEvent || event instanceof AmendmentRejectedEvent
                || event instanceof AmendmentWithdrawnEvent || event instanceof AmendmentsRebasedEvent
                || event instanceof AmendmentOvertakenEvent || event instanceof AmendmentRevisedEvent
                || event instanceof SubAmendmentAcceptedEvent;
    }

    void apply(DraftEvent event, long next) {
        if (event instanceof AmendmentProposedEvent proposed) {
            view.add(new DraftView.AmendmentView(proposed.amendmentId(), proposed.actor(), AmendmentStatus.PENDING,
                    proposed.baseVersion(), proposed.reason(), proposed.operations(), proposed.at(), next, null, null,
                    null, null, proposed.amends(), proposed.superseded(), null, null, null, null, null));
            for (String superseded : proposed.superseded()) {
                view.replace(view.amendment(superseded).supersededBy(proposed.amendmentId(), next));
            }
        } else if (event instanceof AmendmentRejectedEvent rejected) {
            view.decide(rejected.amendmentId(), rejected.outcome(), rejected, next, rejected.reason());
            release(rejected.amendmentId(), next);
        } else if (event instanceof AmendmentWithdrawnEvent withdrawn) {
            view.decide(withdrawn.amendmentId(), AmendmentStatus.WITHDRAWN, withdrawn, next, withdrawn.reason());
            release(withdrawn.amendmentId(), next);
        } else if (event instanceof AmendmentsRebasedEvent rebased) {
            for (String id : rebased.rebased()) {
                DraftView.AmendmentView a = view.amendment(id);
                view.replace(a.withOperations(rebased.baseVersion(), a.operations(), next));
            }
            for (AmendmentsRebasedEvent.Moved moved : rebased.moved()) {
                DraftView.AmendmentView a = view.amendment(moved.amendmentId());
                view.replace(a.withOperations(a.baseVersion(), moved.operations(), next));
            }
        } else if (event instanceof AmendmentOvertakenEvent overtaken) {
            DraftView.AmendmentView a = view.amendment(overtaken.amendmentId())
                    .moved(AmendmentStatus.OVERTAKEN, overtaken.at(), next, overtaken.source(), overtaken.reasons());
            view.replace(a);
            if (overtaken.lapsed()) {
                view.replace(a.decided(AmendmentStatus.LAPSED, overtaken.actor(), overtaken.at(), next,
                        String.join("; ", overtaken.reasons())));
            }
        } else if (event instanceof AmendmentRevisedEvent revised) {
            view.replace(view.amendment(revised.amendmentId()).withOperations(revised.baseVersion(), revised.operations(), next)
                    .moved(AmendmentStatus.PENDING, revised.at(), next, null, null));
        } else if (event instanceof SubAmendmentAcceptedEvent accepted) {
            view.decide(accepted.amendmentId(), AmendmentStatus.ACCEPTED, accepted, next, accepted.reason());
            DraftView.AmendmentView parent = view.amendment(accepted.amends());
            view.replace(parent.withOperations(parent.baseVersion(), accepted.parentAfter(), next));
        }
    }

    /** A compromise accepted: what it supersedes and is still open is superseded, decided by the same event. */
    void superseded(AmendmentAcceptedEvent accepted, long next) {
        DraftView.AmendmentView compromise = view.amendment(accepted.amendmentId());
        if (compromise.supersedes() == null) {
            return;
        }
        for (String id : compromise.supersedes()) {
            DraftView.AmendmentView a = view.amendment(id);
            if (a.status().open()) {
                view.decide(id, AmendmentStatus.SUPERSEDED, accepted, next, null);
            }
        }
    }

    /** A compromise rejected or withdrawn: what it superseded is no longer held by it. */
    private void release(String amendmentId, long next) {
        DraftView.AmendmentView closed = view.amendment(amendmentId);
        if (closed.supersedes() == null) {
            return;
        }
        for (String id : closed.supersedes()) {
            DraftView.AmendmentView a = view.amendment(id);
            if (amendmentId.equals(a.supersededBy())) {
                view.replace(a.supersededBy(null, next));
            }
        }
    }
}
