package org.plenary.command.draft;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonBackReference;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardNone;
import org.plenary.shared.document.DraftDocument;
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
import org.plenary.shared.draft.TextChangingEvent;
import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The amendments to the draft: proposed by delegations (to the draft, or to another amendment: a sub-amendment),
 * tabled as compromises by those with the sponsors' rights, accepted or rejected by them, withdrawn or revised by
 * their proposers. Pending amendments follow the text ({@link FollowsText}): rebased when the text changes elsewhere,
 * overtaken (or lapsed, when a revision reissues the text) when it changes where they edit.
 *
 * <p>This member holds their state, applies their events and makes them follow the text; the commands are decided
 * by two members of its own, split by who acts: {@link AmendmentProposals} (the proposers: propose, table a
 * compromise, revise, withdraw) and {@link AmendmentDecisions} (the sponsors and the body: accept, reject, vote).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Amendments implements FollowsText {

    @JsonBackReference
    private DraftResolution draft;
    private Map<String, Amendment> amendments;
    /** Whether {@link #amendments} was checked to be in proposal order since it was read; never in a snapshot. */
    private transient boolean inOrder;
    /**
     * The pending amendments in proposal order, kept as {@link #amendments} changes (built from it when null: after a
     * snapshot is read). Every command asks for the pending amendments or a parent's pending subs; scanning every
     * amendment ever proposed for them was 19 % of the request threads' samples once drafts had ~500 decided ones.
     */
    private transient TreeMap<String, Amendment> pending;
    // Members that decide the commands, by who acts. Transient: they hold nothing but this member, so the snapshot is
    // the map alone, as before; made with every instance, Jackson's too, so Axon always finds them. They apply no
    // event, so Axon forwards them none.
    @AggregateMember(eventForwardingMode = ForwardNone.class)
    private final transient AmendmentProposals proposals = new AmendmentProposals(this);
    @AggregateMember(eventForwardingMode = ForwardNone.class)
    private final transient AmendmentDecisions decisions = new AmendmentDecisions(this);

    private Amendments() {
        // for Jackson
    }

    Amendments(DraftResolution draft) {
        this.draft = draft;
        this.amendments = new LinkedHashMap<>();
    }

    /** The root, for the members above. */
    DraftResolution draft() {
        return draft;
    }

    /** For a vote on an amendment ({@link DraftResolution#amendmentToDecide}). */
    AmendmentDecisions decisions() {
        return decisions;
    }

    /** The amendment, whatever its status; null if there is none. */
    Amendment get(String amendmentId) {
        return amendments.get(amendmentId);
    }

    AmendmentChecks checks() {
        return new AmendmentChecks(draft, ordered(), pending());
    }

    private TreeMap<String, Amendment> pending() {
        if (pending == null) {
            pending = new TreeMap<>(Amendment.PROPOSAL_ORDER);
            amendments.forEach((id, a) -> {
                if (a.isPending()) {
                    pending.put(id, a);
                }
            });
        }
        return pending;
    }

    /** The one way the state changes: the amendment and the pending index together. */
    private Amendment store(String id, Amendment amendment) {
        amendments.put(id, amendment);
        if (pending != null) {
            if (amendment.isPending()) {
                pending.put(id, amendment);
            } else {
                pending.remove(id);
            }
        }
        return amendment;
    }

    /** {@link #store} of the amendment changed; null (and nothing) if there is none. */
    private Amendment update(String id, UnaryOperator<Amendment> change) {
        Amendment amendment = amendments.get(id);
        return amendment == null ? null : store(id, change.apply(amendment));
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

    /**
     * Records how the pending amendments followed a change of the text (or of the amendment they amend): one event for
     * all those rebased, then one for each overtaken.
     */
    void applyFollowUp(String source, List<String> rebased, List<AmendmentsRebasedEvent.Moved> moved,
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
        store(event.amendmentId(), new Amendment(event.actor(), event.baseVersion(), event.operations(),
                AmendmentStatus.PENDING, event.amends(), event.superseded(), null));
        for (String superseded : event.superseded()) {
            update(superseded, a -> a.held(event.amendmentId()));
        }
    }

    // The root has applied the operations to the text before this handler runs (Axon calls the root first).
    @EventSourcingHandler
    void on(AmendmentAcceptedEvent event) {
        Amendment accepted = update(event.amendmentId(), a -> a.withStatus(AmendmentStatus.ACCEPTED));
        if (accepted != null) {
            for (String superseded : accepted.supersedes()) {
                update(superseded, a -> a.status().open() ? a.withStatus(AmendmentStatus.SUPERSEDED) : a);
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
        Amendment closed = update(amendmentId, a -> a.withStatus(status));
        if (closed != null) {
            for (String superseded : closed.supersedes()) {
                update(superseded, a -> amendmentId.equals(a.heldBy()) ? a.held(null) : a);
            }
        }
    }

    @EventSourcingHandler
    void on(AmendmentsRebasedEvent event) {
        for (String id : event.rebased()) {
            update(id, a -> a.rebased(event.baseVersion(), a.operations()));
        }
        for (AmendmentsRebasedEvent.Moved moved : event.moved()) {
            update(moved.amendmentId(), a -> a.rebased(a.baseVersion(), moved.operations()));
        }
    }

    @EventSourcingHandler
    void on(AmendmentOvertakenEvent event) {
        update(event.amendmentId(),
                a -> a.withStatus(event.lapsed() ? AmendmentStatus.LAPSED : AmendmentStatus.OVERTAKEN));
    }

    @EventSourcingHandler
    void on(AmendmentRevisedEvent event) {
        update(event.amendmentId(),
                a -> a.rebased(event.baseVersion(), event.operations()).withStatus(AmendmentStatus.PENDING));
    }

    @EventSourcingHandler
    void on(SubAmendmentAcceptedEvent event) {
        update(event.amendmentId(), a -> a.withStatus(AmendmentStatus.ACCEPTED));
        update(event.amends(), a -> a.rebased(a.baseVersion(), event.parentAfter()));
    }
}
