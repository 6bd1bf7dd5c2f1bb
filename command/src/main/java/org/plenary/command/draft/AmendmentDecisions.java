package org.plenary.command.draft;

import org.axonframework.commandhandling.CommandHandler;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.AcceptAmendmentCommand;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.RejectAmendmentCommand;
import org.plenary.shared.draft.SubAmendmentAcceptedEvent;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditException;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.SubAmendments;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.plenary.command.draft.DraftRejection.Kind.CONFLICT;

/**
 * What is decided on amendments (an aggregate member of {@link Amendments}): those with the sponsors' rights accept
 * or reject one (a sub-amendment accepted is folded into the amendment it amends), and the body votes on one
 * ({@link Voting} asks for its operations here). It decides only; the amendments' state and its events stay in
 * {@link Amendments}, so it holds nothing of the snapshot.
 */
final class AmendmentDecisions {

    private final Amendments amendments;

    AmendmentDecisions(Amendments amendments) {
        this.amendments = amendments;
    }

    @CommandHandler
    long handle(AcceptAmendmentCommand command) {
        DraftResolution draft = amendments.draft();
        Amendment amendment = amendments.checks().decidable(command.amendmentId());
        draft.requireSponsorRights(command.actor(), "accept");
        if (amendment.isSub()) {
            acceptSub(command, amendment);
            return draft.version();
        }
        requireApplies(command.amendmentId(), amendment); // its paragraph may have been settled since
        DraftDocument before = draft.document();
        apply(new AmendmentAcceptedEvent(draft.draftId(), command.amendmentId(), amendment.operations(), command.actor(),
                command.at(), command.reason()));
        draft.textChanged(before, amendment.operations(), command.amendmentId());
        return draft.version();
    }

    /** The sub-amendment folded into its parent; the parent's other pending sub-amendments follow the new words. */
    private void acceptSub(AcceptAmendmentCommand command, Amendment sub) {
        DraftResolution draft = amendments.draft();
        String parentId = sub.amends();
        Amendment parent = amendments.get(parentId);
        draft.require(parent.isPending(), CONFLICT,
                Rejections.PARENT_NOT_PENDING, parentId, command.amendmentId(), parent.status().json());
        List<EditOperation> folded;
        try {
            folded = SubAmendments.fold(draft.document(), parent.operations(), sub.operations());
        } catch (EditException e) {
            throw draft.rejection(CONFLICT, Rejections.SUB_DOES_NOT_FOLD.formatted(command.amendmentId(), parentId,
                    e.getMessage()));
        }
        draft.require(!folded.isEmpty(), CONFLICT, Rejections.SUB_DOES_NOT_FOLD, command.amendmentId(), parentId,
                "together they change nothing: withdraw " + parentId + " instead");
        DraftDocument parentText = DocumentEditor.apply(draft.document(), parent.operations());
        apply(new SubAmendmentAcceptedEvent(draft.draftId(), command.amendmentId(), parentId, sub.operations(),
                parent.operations(), folded, command.reason(), command.actor(), command.at()));
        AmendmentRebase.Outcome siblings = AmendmentRebase.overSibling(parentText, sub.operations(),
                command.amendmentId(), amendments.checks().subsOf(parentId));
        amendments.applyFollowUp(command.amendmentId(), siblings.rebased(), siblings.moved(), siblings.overtaken(),
                false, command.actor(), command.at());
    }

    @CommandHandler
    long handle(RejectAmendmentCommand command) {
        DraftResolution draft = amendments.draft();
        amendments.checks().decidable(command.amendmentId());
        draft.requireSponsorRights(command.actor(), "reject");
        apply(new AmendmentRejectedEvent(draft.draftId(), command.amendmentId(), command.reason(), command.actor(),
                command.at()));
        return draft.version();
    }

    /**
     * The operations of a pending amendment the body votes on (decidable as for an acceptance: no pending
     * sub-amendment, not held by a compromise; a sub-amendment is voted on with its parent); when {@code applying}
     * (adopted by the vote), refused like an acceptance if they no longer apply or touch a settled paragraph.
     */
    List<EditOperation> toDecide(String amendmentId, boolean applying) {
        Amendment amendment = amendments.checks().decidable(amendmentId);
        amendments.draft().require(!amendment.isSub(), CONFLICT,
                Rejections.SUB_VOTED_WITH_PARENT, amendmentId, amendment.amends(), amendment.amends());
        if (applying) {
            requireApplies(amendmentId, amendment);
        }
        return amendment.operations();
    }

    /** Refuses (409) an amendment to a settled paragraph, or whose operations no longer apply to the text. */
    private void requireApplies(String amendmentId, Amendment amendment) {
        DraftResolution draft = amendments.draft();
        draft.requireAmendable(amendment.operations());
        try {
            DocumentEditor.validate(draft.document(), amendment.operations());
        } catch (EditException e) {
            throw draft.rejection(CONFLICT, Rejections.NO_LONGER_APPLIES.formatted(amendmentId, e.getMessage()));
        }
    }
}
