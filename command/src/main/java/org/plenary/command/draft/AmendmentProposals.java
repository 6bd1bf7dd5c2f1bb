package org.plenary.command.draft;

import org.axonframework.commandhandling.CommandHandler;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.AmendmentProposal;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRevisedEvent;
import org.plenary.shared.draft.AmendmentWithdrawnEvent;
import org.plenary.shared.draft.ProposeAmendmentCommand;
import org.plenary.shared.draft.ProposeCompromiseCommand;
import org.plenary.shared.draft.ReviseAmendmentCommand;
import org.plenary.shared.draft.WithdrawAmendmentCommand;
import org.plenary.shared.edit.EditOperation;

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
 * What proposers do with amendments (an aggregate member of {@link Amendments}): propose one to the draft or to
 * another amendment (a sub-amendment), table a compromise that holds the amendments it supersedes, and revise or
 * withdraw their own. It decides only; the amendments' state and its events stay in {@link Amendments}, so it holds
 * nothing of the snapshot.
 */
final class AmendmentProposals {

    private final Amendments amendments;

    AmendmentProposals(Amendments amendments) {
        this.amendments = amendments;
    }

    @CommandHandler
    AmendmentProposal handle(ProposeAmendmentCommand command) {
        DraftResolution draft = amendments.draft();
        draft.require(!Actors.SECRETARIAT.equals(command.actor()), FORBIDDEN, Rejections.SECRETARIAT_CANNOT_PROPOSE);
        AmendmentChecks checks = amendments.checks();
        String amendmentId = checks.nextId();
        if (command.amends() != null) {
            Amendment parent = checks.parentFor(command.amends(), command.baseVersion());
            List<EditOperation> operations = checks.subOperations(command.amends(), parent, command.operations());
            apply(new AmendmentProposedEvent(draft.draftId(), amendmentId, command.baseVersion(), command.reason(),
                    operations, command.actor(), command.at(), command.amends(), null));
            return new AmendmentProposal(amendmentId, draft.version(), AmendmentOverlaps.ofSub(draft.document(),
                    amendmentId, parent, operations, amendments.checks().subsOf(command.amends())));
        }
        AmendmentChecks.Carried carried = checks.carried(command.baseVersion(), command.operations());
        apply(new AmendmentProposedEvent(draft.draftId(), amendmentId, carried.baseVersion(), command.reason(),
                carried.operations(), command.actor(), command.at()));
        return new AmendmentProposal(amendmentId, draft.version(), AmendmentOverlaps.of(draft.document(), amendmentId,
                carried.operations(), amendments.checks().pendingToDraft(Set.of(amendmentId))));
    }

    @CommandHandler
    AmendmentProposal handle(ProposeCompromiseCommand command) {
        DraftResolution draft = amendments.draft();
        draft.require(draft.hasSponsorRights(command.actor()), FORBIDDEN, Rejections.ONLY_SPONSORS_COMPROMISE);
        List<String> supersedes = command.supersedes();
        draft.require(supersedes != null && !supersedes.isEmpty(), INVALID, Rejections.SUPERSEDES_REQUIRED);
        AmendmentChecks checks = amendments.checks();
        Set<String> named = new HashSet<>();
        for (String id : supersedes) {
            draft.require(named.add(id), INVALID, Rejections.SUPERSEDES_TWICE, id);
            Amendment superseded = checks.existing(id);
            draft.require(!superseded.isSub(), CONFLICT, Rejections.SUPERSEDE_SUB, id);
            draft.require(superseded.status().open(), CONFLICT,
                    Rejections.CANNOT_SUPERSEDE, id, superseded.status().json());
            draft.require(superseded.heldBy() == null, CONFLICT, Rejections.ALREADY_HELD, id, superseded.heldBy());
            checks.requireNoPendingSub(id);
        }
        String amendmentId = checks.nextId();
        named.add(amendmentId);
        AmendmentChecks.Carried carried = checks.carried(command.baseVersion(), command.operations());
        apply(new AmendmentProposedEvent(draft.draftId(), amendmentId, carried.baseVersion(), command.reason(),
                carried.operations(), command.actor(), command.at(), null, supersedes));
        return new AmendmentProposal(amendmentId, draft.version(), AmendmentOverlaps.of(draft.document(), amendmentId,
                carried.operations(), amendments.checks().pendingToDraft(named)));
    }

    @CommandHandler
    long handle(WithdrawAmendmentCommand command) {
        DraftResolution draft = amendments.draft();
        AmendmentChecks checks = amendments.checks();
        Amendment amendment = checks.existing(command.amendmentId());
        draft.require(amendment.status().open(), CONFLICT,
                Rejections.AMENDMENT_NOT_PENDING, command.amendmentId(), amendment.status().json());
        draft.require(amendment.proposer().equals(command.actor()), FORBIDDEN,
                Rejections.ONLY_PROPOSER_WITHDRAWS, amendment.proposer(), command.amendmentId());
        checks.requireNoPendingSub(command.amendmentId());
        apply(new AmendmentWithdrawnEvent(draft.draftId(), command.amendmentId(), command.actor(), command.at(),
                command.reason()));
        return draft.version();
    }

    /** A revision overtakes the pending sub-amendments of what it revises: they amended the words it replaced. */
    @CommandHandler
    long handle(ReviseAmendmentCommand command) {
        DraftResolution draft = amendments.draft();
        AmendmentChecks checks = amendments.checks();
        String id = command.amendmentId();
        Amendment amendment = checks.existing(id);
        draft.require(amendment.proposer().equals(command.actor()), FORBIDDEN,
                Rejections.ONLY_PROPOSER_REVISES, amendment.proposer(), id);
        draft.require(amendment.status().open(), CONFLICT, Rejections.NOT_REVISABLE, id, amendment.status().json());
        Map<String, Amendment> subs = checks.subsOf(id);
        if (amendment.isSub()) {
            Amendment parent = checks.parentFor(amendment.amends(), command.baseVersion());
            List<EditOperation> operations = checks.subOperations(amendment.amends(), parent, command.operations());
            apply(new AmendmentRevisedEvent(draft.draftId(), id, command.baseVersion(), command.reason(), operations,
                    command.actor(), command.at()));
        } else {
            AmendmentChecks.Carried carried = checks.carried(command.baseVersion(), command.operations());
            apply(new AmendmentRevisedEvent(draft.draftId(), id, carried.baseVersion(), command.reason(),
                    carried.operations(), command.actor(), command.at()));
        }
        Map<String, List<String>> overtaken = new LinkedHashMap<>();
        subs.keySet().forEach(sub -> overtaken.put(sub, List.of(id + ", which it amends, was revised")));
        amendments.applyFollowUp(id, List.of(), List.of(), overtaken, false, command.actor(), command.at());
        return draft.version();
    }
}
