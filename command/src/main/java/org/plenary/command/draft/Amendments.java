package org.plenary.command.draft;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonBackReference;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.AcceptAmendmentCommand;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentOvertakenEvent;
import org.plenary.shared.draft.AmendmentProposal;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.AmendmentRevisedEvent;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.draft.AmendmentWithdrawnEvent;
import org.plenary.shared.draft.AmendmentsRebasedEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.ProposeAmendmentCommand;
import org.plenary.shared.draft.ProposeCompromiseCommand;
import org.plenary.shared.draft.RejectAmendmentCommand;
import org.plenary.shared.draft.ReviseAmendmentCommand;
import org.plenary.shared.draft.SubAmendmentAcceptedEvent;
import org.plenary.shared.draft.TextChangingEvent;
import org.plenary.shared.draft.WithdrawAmendmentCommand;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditException;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.SubAmendments;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.plenary.command.draft.DraftRejection.Kind.CONFLICT;
import static org.plenary.command.draft.DraftRejection.Kind.FORBIDDEN;
import static org.plenary.command.draft.DraftRejection.Kind.INVALID;

/**
 * The amendments to the draft: proposed by delegations (to the draft, or to another amendment: a sub-amendment),
 * tabled as compromises by those with the sponsors' rights, accepted or rejected by them, withdrawn or revised by
 * their proposers. Pending amendments follow the text ({@link FollowsText}): rebased when the text changes elsewhere,
 * overtaken (or lapsed, when a revision reissues the text) when it changes where they edit.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Amendments implements FollowsText {

    @JsonBackReference
    private DraftResolution draft;
    private Map<String, Amendment> amendments;
    /** Whether {@link #amendments} was checked to be in proposal order since it was read; never in a snapshot. */
    private transient boolean inOrder;

    private Amendments() {
        // for Jackson
    }

    Amendments(DraftResolution draft) {
        this.draft = draft;
        this.amendments = new LinkedHashMap<>();
    }

    @CommandHandler
    AmendmentProposal handle(ProposeAmendmentCommand command) {
        draft.require(!Actors.SECRETARIAT.equals(command.actor()), FORBIDDEN, Rejections.SECRETARIAT_CANNOT_PROPOSE);
        String amendmentId = checks().nextId();
        if (command.amends() != null) {
            Amendment parent = checks().parentFor(command.amends(), command.baseVersion());
            List<EditOperation> operations = checks().subOperations(command.amends(), parent, command.operations());
            apply(new AmendmentProposedEvent(draft.draftId(), amendmentId, command.baseVersion(), command.reason(),
                    operations, command.actor(), command.at(), command.amends(), null));
            return new AmendmentProposal(amendmentId, draft.version(),
                    AmendmentOverlaps.ofSub(draft.document(), amendmentId, parent, operations, checks().subsOf(command.amends())));
        }
        AmendmentChecks.Carried carried = checks().carried(command.baseVersion(), command.operations());
        apply(new AmendmentProposedEvent(draft.draftId(), amendmentId, carried.baseVersion(), command.reason(),
                carried.operations(), command.actor(), command.at()));
        return new AmendmentProposal(amendmentId, draft.version(),
                AmendmentOverlaps.of(draft.document(), amendmentId, carried.operations(), checks().pendingToDraft(Set.of(amendmentId))));
    }

    @CommandHandler
    AmendmentProposal handle(ProposeCompromiseCommand command) {
        draft.require(draft.hasSponsorRights(command.actor()), FORBIDDEN, Rejections.ONLY_SPONSORS_COMPROMISE);
        List<String> supersedes = command.supersedes();
        draft.require(supersedes != null && !supersedes.isEmpty(), INVALID, Rejections.SUPERSEDES_REQUIRED);
        Set<String> named = new HashSet<>();
        for (String id : supersedes) {
            draft.require(named.add(id), INVALID, Rejections.SUPERSEDES_TWICE.formatted(id));
            Amendment superseded = checks().existing(id);
            draft.require(!superseded.isSub(), CONFLICT, Rejections.SUPERSEDE_SUB.formatted(id));
            draft.require(superseded.status().open(), CONFLICT,
                    Rejections.CANNOT_SUPERSEDE.formatted(id, superseded.status().json()));
            draft.require(superseded.heldBy() == null, CONFLICT, Rejections.ALREADY_HELD.formatted(id, superseded.heldBy()));
            checks().requireNoPendingSub(id);
        }
        String amendmentId = checks().nextId();
        named.add(amendmentId);
        AmendmentChecks.Carried carried = checks().carried(command.baseVersion(), command.operations());
        apply(new AmendmentProposedEvent(draft.draftId(), amendmentId, carried.baseVersion(), command.reason(),
                carried.operations(), command.actor(), command.at(), null, supersedes));
        return new AmendmentProposal(amendmentId, draft.version(),
                AmendmentOverlaps.of(draft.document(), amendmentId, carried.operations(), checks().pendingToDraft(named)));
    }

    @CommandHandler
    long handle(AcceptAmendmentCommand command) {
        Amendment amendment = checks().decidable(command.amendmentId());
        draft.requireSponsorRights(command.actor(), "accept");
        if (amendment.isSub()) {
            acceptSub(command, amendment);
            return draft.version();
        }
        draft.requireAmendable(amendment.operations()); // its paragraph may have been settled since
        try {
            DocumentEditor.validate(draft.document(), amendment.operations());
        } catch (EditException e) {
            throw draft.rejection(CONFLICT, Rejections.NO_LONGER_APPLIES.formatted(command.amendmentId(), e.getMessage()));
        }
        DraftDocument before = draft.document();
        apply(new AmendmentAcceptedEvent(draft.draftId(), command.amendmentId(), amendment.operations(), command.actor(),
                command.at(), command.reason()));
        draft.textChanged(before, amendment.operations(), command.amendmentId());
        return draft.version();
    }

    private void acceptSub(AcceptAmendmentCommand command, Amendment sub) {
        String parentId = sub.amends();
        Amendment parent = amendments.get(parentId);
        draft.require(parent.isPending(), CONFLICT,
                Rejections.PARENT_NOT_PENDING.formatted(parentId, command.amendmentId(), parent.status().json()));
        List<EditOperation> folded;
        try {
            folded = SubAmendments.fold(draft.document(), parent.operations(), sub.operations());
        } catch (EditException e) {
            throw draft.rejection(CONFLICT, Rejections.SUB_DOES_NOT_FOLD.formatted(command.amendmentId(), parentId,
                    e.getMessage()));
        }
        draft.require(!folded.isEmpty(), CONFLICT, Rejections.SUB_DOES_NOT_FOLD.formatted(command.amendmentId(), parentId,
                "together they change nothing: withdraw " + parentId + " instead"));
        DraftDocument parentText = DocumentEditor.apply(draft.document(), parent.operations());
        apply(new SubAmendmentAcceptedEvent(draft.draftId(), command.amendmentId(), parentId, sub.operations(),
                parent.operations(), folded, command.reason(), command.actor(), command.at()));
        AmendmentRebase.Outcome siblings = AmendmentRebase.overSibling(parentText, sub.operations(),
                command.amendmentId(), checks().subsOf(parentId));
        applyFollowUp(command.amendmentId(), siblings.rebased(), siblings.moved(), siblings.overtaken(), false,
                command.actor(), command.at());
    }

    @CommandHandler
    long handle(RejectAmendmentCommand command) {
        checks().decidable(command.amendmentId());
        draft.requireSponsorRights(command.actor(), "reject");
        apply(new AmendmentRejectedEvent(draft.draftId(), command.amendmentId(), command.reason(), command.actor(),
                command.at()));
        return draft.version();
    }

    @CommandHandler
    long handle(WithdrawAmendmentCommand command) {
        Amendment amendment = checks().existing(command.amendmentId());
        draft.require(amendment.status().open(), CONFLICT,
                Rejections.AMENDMENT_NOT_PENDING.formatted(command.amendmentId(), amendment.status().json()));
        draft.require(amendment.proposer().equals(command.actor()), FORBIDDEN,
                Rejections.ONLY_PROPOSER_WITHDRAWS.formatted(amendment.proposer(), command.amendmentId()));
        checks().requireNoPendingSub(command.amendmentId());
        apply(new AmendmentWithdrawnEvent(draft.draftId(), command.amendmentId(), command.actor(), command.at(),
                command.reason()));
        return draft.version();
    }

    @CommandHandler
    long handle(ReviseAmendmentCommand command) {
        String id = command.amendmentId();
        Amendment amendment = checks().existing(id);
        draft.require(amendment.proposer().equals(command.actor()), FORBIDDEN,
                Rejections.ONLY_PROPOSER_REVISES.formatted(amendment.proposer(), id));
        draft.require(amendment.status().open(), CONFLICT, Rejections.NOT_REVISABLE.formatted(id, amendment.status().json()));
        Map<String, Amendment> subs = checks().subsOf(id);
        if (amendment.isSub()) {
            Amendment parent = checks().parentFor(amendment.amends(), command.baseVersion());
            List<EditOperation> operations = checks().subOperations(amendment.amends(), parent, command.operations());
            apply(new AmendmentRevisedEvent(draft.draftId(), id, command.baseVersion(), command.reason(), operations,
                    command.actor(), command.at()));
        } else {
            AmendmentChecks.Carried carried = checks().carried(command.baseVersion(), command.operations());
            apply(new AmendmentRevisedEvent(draft.draftId(), id, carried.baseVersion(), command.reason(),
                    carried.operations(), command.actor(), command.at()));
        }
        Map<String, List<String>> overtaken = new LinkedHashMap<>();
        subs.keySet().forEach(sub -> overtaken.put(sub, List.of(id + ", which it amends, was revised")));
        applyFollowUp(id, List.of(), List.of(), overtaken, false, command.actor(), command.at());
        return draft.version();
    }

    /**
     * The operations of a pending amendment the body votes on (decidable as for an acceptance: no pending
     * sub-amendment, not held by a compromise; a sub-amendment is voted on with its parent); when {@code applying}
     * (adopted by the vote), refused like an acceptance if they no longer apply or touch a settled paragraph.
     */
    List<EditOperation> toDecide(String amendmentId, boolean applying) {
        Amendment amendment = checks().decidable(amendmentId);
        draft.require(!amendment.isSub(), CONFLICT, Rejections.SUB_VOTED_WITH_PARENT.formatted(amendmentId, amendment.amends(), amendment.amends()));
        if (applying) {
            draft.requireAmendable(amendment.operations());
            try {
                DocumentEditor.validate(draft.document(), amendment.operations());
            } catch (EditException e) {
                throw draft.rejection(CONFLICT, Rejections.NO_LONGER_APPLIES.formatted(amendmentId, e.getMessage()));
            }
        }
        return amendment.operations();
    }

    private AmendmentChecks checks() {
        return new AmendmentChecks(draft, ordered());
    }

    /** The map in proposal order, which a snapshot written by a HashMap may not have kept (sorted once). */
    private Map<String, Amendment> ordered() {
        if (!inOrder) {
            amendments = AmendmentChecks.inProposalOrder(amendments);
            inOrder = true;
        }
        return amendments;
    }

    @Override
    public void followText(DraftDocument before, List<EditOperation> applied, String source) {
        Map<String, Amendment> pending = checks().pendingInOrder();
        if (pending.isEmpty()) {
            return;
        }
        DraftEvent change = draft.changeBeingFollowed();
        boolean lapse = change instanceof TextChangingEvent text && text.reissuesText();
        AmendmentRebase.Outcome outcome = AmendmentRebase.follow(pending, before, applied, source);
        applyFollowUp(source, outcome.rebased(), outcome.moved(), outcome.overtaken(), lapse, change.actor(),
                change.at());
    }

    private void applyFollowUp(String source, List<String> rebased, List<AmendmentsRebasedEvent.Moved> moved,
                               Map<String, List<String>> overtaken, boolean lapse, String actor, Instant at) {
        if (!rebased.isEmpty()) {
            apply(new AmendmentsRebasedEvent(draft.draftId(), source, draft.version(), rebased, moved, actor, at));
        }
        overtaken.forEach((id, reasons) ->
                apply(new AmendmentOvertakenEvent(draft.draftId(), id, source, reasons, lapse, actor, at)));
    }

    // --- state

    @EventSourcingHandler
    void on(AmendmentProposedEvent event) {
        amendments.put(event.amendmentId(), new Amendment(event.actor(), event.baseVersion(), event.operations(),
                AmendmentStatus.PENDING, event.amends(), event.superseded(), null));
        for (String superseded : event.superseded()) {
            amendments.computeIfPresent(superseded, (id, a) -> a.held(event.amendmentId()));
        }
    }

    // The root has applied the operations to the text before this handler runs (Axon calls the root first).
    @EventSourcingHandler
    void on(AmendmentAcceptedEvent event) {
        Amendment accepted = amendments.computeIfPresent(event.amendmentId(),
                (id, a) -> a.withStatus(AmendmentStatus.ACCEPTED));
        if (accepted != null) {
            for (String superseded : accepted.supersedes()) {
                amendments.computeIfPresent(superseded,
                        (id, a) -> a.status().open() ? a.withStatus(AmendmentStatus.SUPERSEDED) : a);
            }
        }
    }

    @EventSourcingHandler
    void on(AmendmentRejectedEvent event) {
        close(event.amendmentId(), event.outcome());
    }

    @EventSourcingHandler
    void on(AmendmentWithdrawnEvent event) {
        close(event.amendmentId(), AmendmentStatus.WITHDRAWN);
    }

    /** A compromise rejected or withdrawn returns what it superseded. */
    private void close(String amendmentId, AmendmentStatus status) {
        Amendment closed = amendments.computeIfPresent(amendmentId, (id, a) -> a.withStatus(status));
        if (closed != null) {
            for (String superseded : closed.supersedes()) {
                amendments.computeIfPresent(superseded,
                        (id, a) -> amendmentId.equals(a.heldBy()) ? a.held(null) : a);
            }
        }
    }

    @EventSourcingHandler
    void on(AmendmentsRebasedEvent event) {
        for (String id : event.rebased()) {
            amendments.computeIfPresent(id, (key, a) -> a.rebased(event.baseVersion(), a.operations()));
        }
        for (AmendmentsRebasedEvent.Moved moved : event.moved()) {
            amendments.computeIfPresent(moved.amendmentId(), (key, a) -> a.rebased(a.baseVersion(), moved.operations()));
        }
    }

    @EventSourcingHandler
    void on(AmendmentOvertakenEvent event) {
        amendments.computeIfPresent(event.amendmentId(),
                (id, a) -> a.withStatus(event.lapsed() ? AmendmentStatus.LAPSED : AmendmentStatus.OVERTAKEN));
    }

    @EventSourcingHandler
    void on(AmendmentRevisedEvent event) {
        amendments.computeIfPresent(event.amendmentId(),
                (id, a) -> a.rebased(event.baseVersion(), event.operations()).withStatus(AmendmentStatus.PENDING));
    }

    @EventSourcingHandler
    void on(SubAmendmentAcceptedEvent event) {
        amendments.computeIfPresent(event.amendmentId(), (id, a) -> a.withStatus(AmendmentStatus.ACCEPTED));
        amendments.computeIfPresent(event.amends(), (id, a) -> a.rebased(a.baseVersion(), event.parentAfter()));
    }
}
