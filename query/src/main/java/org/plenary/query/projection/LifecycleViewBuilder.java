package org.plenary.query.projection;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.DraftActedOnEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftWithdrawnEvent;
import org.plenary.shared.draft.FacilitatorAppointedEvent;
import org.plenary.shared.draft.MembersRegisteredEvent;
import org.plenary.shared.draft.OralRevisionMadeEvent;
import org.plenary.shared.draft.ParagraphRemovedByVoteEvent;
import org.plenary.shared.draft.RevisionIssuedEvent;
import org.plenary.shared.draft.VoteRecordedEvent;
import org.plenary.shared.edit.DocumentEditor;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link LifecycleView} while events are applied, and what the lifecycle events do to the text: a revision
 * reissues it (its edits, the symbol with "/Rev.N", "revised draft resolution", the sponsors line), an oral revision
 * or a paragraph rejected by vote changes it, an adoption gives it the adopted resolution's form (no sponsors line,
 * "Resolution adopted by …", the resolution symbol, the date closing it).
 */
final class LifecycleViewBuilder {

    private final List<LifecycleView.Appointment> facilitators;
    private final List<LifecycleView.Revision> revisions;
    private final List<LifecycleView.OralRevision> oralRevisions;
    private final List<LifecycleView.GroupSponsorship> groups;
    private final List<LifecycleView.Members> members;
    private final List<LifecycleView.Vote> votes;
    private LifecycleView.Decision decision;
    private LifecycleView.Withdrawal withdrawal;

    LifecycleViewBuilder(LifecycleView view) {
        facilitators = new ArrayList<>(view.facilitators());
        revisions = new ArrayList<>(view.revisions());
        oralRevisions = new ArrayList<>(view.oralRevisions());
        groups = new ArrayList<>(view.groupSponsorships());
        members = new ArrayList<>(view.members());
        votes = new ArrayList<>(view.votes());
        decision = view.decision();
        withdrawal = view.withdrawal();
    }

    static boolean handles(DraftEvent event) {
        return event instanceof FacilitatorAppointedEvent || event instanceof DraftWithdrawnEvent
                || event instanceof RevisionIssuedEvent || event instanceof OralRevisionMadeEvent
                || event instanceof MembersRegisteredEvent || event instanceof VoteRecordedEvent
                || event instanceof ParagraphRemovedByVoteEvent || event instanceof DraftActedOnEvent;
    }

    /** Records a co-sponsor who joined on behalf of a group. */
    void joined(CoSponsorJoinedEvent joined, long version) {
        if (joined.onBehalfOf() != null) {
            groups.add(new LifecycleView.GroupSponsorship(joined.delegation(), joined.onBehalfOf(), joined.at(), version));
        }
    }

    /** Applies a lifecycle event that made {@code version}; returns the text after it. */
    DraftDocument apply(DraftEvent event, long version, DraftDocument document) {
        if (event instanceof FacilitatorAppointedEvent appointed) {
            facilitators.add(new LifecycleView.Appointment(appointed.delegation(), appointed.actor(), appointed.at(), version));
        } else if (event instanceof DraftWithdrawnEvent withdrawn) {
            withdrawal = new LifecycleView.Withdrawal(withdrawn.reason(), withdrawn.actor(), withdrawn.at(), version);
        } else if (event instanceof RevisionIssuedEvent issued) {
            revisions.add(new LifecycleView.Revision(issued.revision(), issued.symbol(), issued.baseVersion(),
                    issued.operations(), issued.note(), issued.sponsors(), issued.actor(), issued.at(), version));
            return LifecycleView.reissue(edited(document, issued.operations()), issued.symbol(), issued.sponsors(),
                    view().groupsAt(version));
        } else if (event instanceof OralRevisionMadeEvent oral) {
            oralRevisions.add(new LifecycleView.OralRevision(oral.number(), oral.baseVersion(), oral.operations(),
                    oral.statement(), oral.actor(), oral.at(), version));
            return edited(document, oral.operations());
        } else if (event instanceof MembersRegisteredEvent registered) {
            members.add(new LifecycleView.Members(registered.members(), registered.actor(), registered.at(), version));
        } else if (event instanceof VoteRecordedEvent vote) {
            votes.add(new LifecycleView.Vote(vote.voteId(), vote.on(), vote.paragraphId(), vote.amendmentId(),
                    vote.votes(), vote.absent(), vote.yes(), vote.no(), vote.abstain(), vote.majority(), vote.result(),
                    vote.actor(), vote.at(), version));
        } else if (event instanceof ParagraphRemovedByVoteEvent removed) {
            return edited(document, removed.operations());
        } else if (event instanceof DraftActedOnEvent acted) {
            decision = new LifecycleView.Decision(acted.decision(), acted.method(), acted.voteId(),
                    acted.resolutionSymbol(), acted.actor(), acted.at(), version);
            return acted.adopted() ? LifecycleView.adopt(document, acted.resolutionSymbol(), acted.at()) : document;
        }
        return document;
    }

    private static DraftDocument edited(DraftDocument document, List<org.plenary.shared.edit.EditOperation> operations) {
        return operations.isEmpty() ? document : DocumentEditor.apply(document, operations);
    }

    LifecycleView view() {
        return new LifecycleView(facilitators, revisions, oralRevisions, groups, members, votes, decision, withdrawal);
    }
}
