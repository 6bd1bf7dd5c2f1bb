package org.plenary.command.draft;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonBackReference;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.AcceptAmendmentCommand;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentProposal;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.draft.AmendmentWithdrawnEvent;
import org.plenary.shared.draft.ProposeAmendmentCommand;
import org.plenary.shared.draft.RejectAmendmentCommand;
import org.plenary.shared.draft.WithdrawAmendmentCommand;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditException;
import org.plenary.shared.edit.EditOperation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.plenary.command.draft.DraftRejection.Kind.CONFLICT;
import static org.plenary.command.draft.DraftRejection.Kind.FORBIDDEN;
import static org.plenary.command.draft.DraftRejection.Kind.INVALID;
import static org.plenary.command.draft.DraftRejection.Kind.NOT_FOUND;

/**
 * The amendments to the draft: proposed by delegations, accepted or rejected by those with the sponsors' rights,
 * withdrawn by their proposers. Keeps what the decisions need: each amendment's proposer, base version, operations
 * and state.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Amendments {

    /** What the draft remembers of an amendment to decide on it. */
    record Amendment(String proposer, long baseVersion, List<EditOperation> operations, AmendmentStatus status) {
        Amendment withStatus(AmendmentStatus newStatus) {
            return new Amendment(proposer, baseVersion, operations, newStatus);
        }
    }

    @JsonBackReference
    private DraftResolution draft;
    private Map<String, Amendment> amendments;

    private Amendments() {
        // for Jackson
    }

    Amendments(DraftResolution draft) {
        this.draft = draft;
        this.amendments = new HashMap<>();
    }

    @CommandHandler
    AmendmentProposal handle(ProposeAmendmentCommand command) {
        draft.require(!Actors.SECRETARIAT.equals(command.actor()), FORBIDDEN, Rejections.SECRETARIAT_CANNOT_PROPOSE);
        List<EditOperation> operations = command.operations();
        draft.require(operations != null && !operations.isEmpty(), INVALID, Rejections.OPERATIONS_REQUIRED);
        draft.require(command.baseVersion() >= 1, INVALID, Rejections.BASE_VERSION_INVALID.formatted(command.baseVersion()));
        draft.require(command.baseVersion() <= draft.version(), CONFLICT,
                Rejections.BASE_VERSION_AHEAD.formatted(command.baseVersion(), draft.version()));
        requireUnchangedSince(command.baseVersion(), operations);
        draft.requireAmendable(operations);
        List<EditOperation> withIds = draft.withNewIds(operations);
        try {
            DocumentEditor.validate(draft.document(), withIds);
        } catch (EditException e) {
            throw new DraftRejection(INVALID, e.getMessage(), draft.version());
        }
        String amendmentId = "A" + (amendments.size() + 1);
        apply(new AmendmentProposedEvent(draft.draftId(), amendmentId, command.baseVersion(), command.reason(), withIds,
                command.actor(), command.at()));
        return new AmendmentProposal(amendmentId, draft.version());
    }

    @CommandHandler
    long handle(AcceptAmendmentCommand command) {
        Amendment amendment = pending(command.amendmentId());
        draft.requireSponsorRights(command.actor(), "accept");
        requireUnchangedSince(amendment.baseVersion(), amendment.operations());
        try {
            DocumentEditor.validate(draft.document(), amendment.operations());
        } catch (EditException e) {
            throw new DraftRejection(CONFLICT, "amendment " + command.amendmentId() + " no longer applies: "
                    + e.getMessage(), draft.version());
        }
        DraftDocument before = draft.document();
        apply(new AmendmentAcceptedEvent(draft.draftId(), command.amendmentId(), amendment.operations(), command.actor(),
                command.at()));
        draft.textChanged(before, amendment.operations(), command.amendmentId());
        return draft.version();
    }

    @CommandHandler
    long handle(RejectAmendmentCommand command) {
        pending(command.amendmentId());
        draft.requireSponsorRights(command.actor(), "reject");
        apply(new AmendmentRejectedEvent(draft.draftId(), command.amendmentId(), command.reason(), command.actor(),
                command.at()));
        return draft.version();
    }

    @CommandHandler
    long handle(WithdrawAmendmentCommand command) {
        Amendment amendment = pending(command.amendmentId());
        draft.require(amendment.proposer().equals(command.actor()), FORBIDDEN,
                Rejections.ONLY_PROPOSER_WITHDRAWS.formatted(amendment.proposer(), command.amendmentId()));
        apply(new AmendmentWithdrawnEvent(draft.draftId(), command.amendmentId(), command.actor(), command.at()));
        return draft.version();
    }

    /**
     * The operations of a pending amendment the body votes on; when {@code applying} (adopted by the vote), refused
     * like an acceptance if they no longer apply.
     */
    List<EditOperation> toDecide(String amendmentId, boolean applying) {
        Amendment amendment = pending(amendmentId);
        if (applying) {
            requireUnchangedSince(amendment.baseVersion(), amendment.operations());
            try {
                DocumentEditor.validate(draft.document(), amendment.operations());
            } catch (EditException e) {
                throw new DraftRejection(CONFLICT, "amendment " + amendmentId + " no longer applies: "
                        + e.getMessage(), draft.version());
            }
        }
        return amendment.operations();
    }

    private Amendment pending(String amendmentId) {
        Amendment amendment = amendments.get(amendmentId);
        draft.require(amendment != null, NOT_FOUND, Rejections.NO_SUCH_AMENDMENT.formatted(amendmentId));
        draft.require(amendment.status() == AmendmentStatus.PENDING, CONFLICT,
                Rejections.AMENDMENT_NOT_PENDING.formatted(amendmentId, amendment.status().json()));
        return amendment;
    }

    private void requireUnchangedSince(long baseVersion, List<EditOperation> operations) {
        String conflict = draft.changedSince(baseVersion, operations);
        draft.require(conflict == null, CONFLICT, conflict);
    }

    @EventSourcingHandler
    void on(AmendmentProposedEvent event) {
        amendments.put(event.amendmentId(),
                new Amendment(event.actor(), event.baseVersion(), event.operations(), AmendmentStatus.PENDING));
    }

    // The root has applied the operations to the text before this handler runs (Axon calls the root first).
    @EventSourcingHandler
    void on(AmendmentAcceptedEvent event) {
        amendments.computeIfPresent(event.amendmentId(), (id, a) -> a.withStatus(AmendmentStatus.ACCEPTED));
    }

    @EventSourcingHandler
    void on(AmendmentRejectedEvent event) {
        amendments.computeIfPresent(event.amendmentId(), (id, a) -> a.withStatus(AmendmentStatus.REJECTED));
    }

    @EventSourcingHandler
    void on(AmendmentWithdrawnEvent event) {
        amendments.computeIfPresent(event.amendmentId(), (id, a) -> a.withStatus(AmendmentStatus.WITHDRAWN));
    }
}
