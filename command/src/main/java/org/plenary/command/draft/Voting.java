package org.plenary.command.draft;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonBackReference;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.plenary.shared.delegation.Delegation;
import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.delegation.UnknownDelegationException;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Header;
import org.plenary.shared.draft.ActionResult;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.DraftActedOnEvent;
import org.plenary.shared.draft.MembersRegisteredEvent;
import org.plenary.shared.draft.ParagraphRemovedByVoteEvent;
import org.plenary.shared.draft.RegisterMembersCommand;
import org.plenary.shared.draft.TakeActionCommand;
import org.plenary.shared.draft.VoteRecordedEvent;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditException;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.NodeIndex;
import org.plenary.shared.vote.VoteRules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.plenary.command.draft.DraftRejection.Kind.CONFLICT;
import static org.plenary.command.draft.DraftRejection.Kind.FORBIDDEN;
import static org.plenary.command.draft.DraftRejection.Kind.INVALID;
import static org.plenary.command.draft.DraftRejection.Kind.NOT_FOUND;
import static org.plenary.command.draft.LifecycleRejections.*;

/**
 * The body's action on the draft, recorded by the secretariat: the members who vote (every Member State unless the
 * secretariat registered the body's members), separate recorded votes on paragraphs and amendments, and the decision
 * on the draft as a whole, by consensus or a recorded vote ({@link VoteRules} counts). A paragraph rejected in a
 * separate vote is removed from the text; an amendment adopted by vote is applied, one rejected is rejected (with the
 * vote as the reason). Deciding on the draft closes it ({@link DraftLifecycle}).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Voting {

    private static final List<String> MEMBER_STATES = DelegationRegistry.standard().all().stream()
            .filter(d -> d.kind() == Delegation.Kind.MEMBER_STATE).map(Delegation::code).toList();

    @JsonBackReference
    private DraftResolution draft;
    /** The registered members of the body; null: every Member State votes. */
    private List<String> members;
    private int votes;

    private Voting() {
        // for Jackson
    }

    Voting(DraftResolution draft) {
        this.draft = draft;
    }

    @CommandHandler
    long handle(RegisterMembersCommand command) {
        draft.require(Actors.SECRETARIAT.equals(command.actor()), FORBIDDEN,
                ONLY_SECRETARIAT, "register the members of the body");
        draft.require(command.members() != null && !command.members().isEmpty()
                && command.members().stream().noneMatch(java.util.Objects::isNull),
                INVALID, MEMBERS_REQUIRED);
        Set<String> codes = new LinkedHashSet<>();
        List<String> notStates = new ArrayList<>();
        for (String member : command.members()) {
            Delegation delegation;
            try {
                delegation = DelegationRegistry.standard().resolve(member);
            } catch (UnknownDelegationException e) {
                throw new DraftRejection(INVALID, "members: " + e.getMessage(), draft.version());
            }
            if (delegation.kind() != Delegation.Kind.MEMBER_STATE) {
                notStates.add(delegation.code());
            }
            codes.add(delegation.code());
        }
        draft.require(notStates.isEmpty(), INVALID, NOT_MEMBER_STATES, String.join(", ", notStates));
        apply(new MembersRegisteredEvent(draft.draftId(), List.copyOf(codes), command.actor(), command.at()));
        return draft.version();
    }

    @CommandHandler
    ActionResult handle(TakeActionCommand command) {
        draft.require(Actors.SECRETARIAT.equals(command.actor()), FORBIDDEN,
                ONLY_SECRETARIAT, "record the body's action on a draft");
        String symbol = command.resolutionSymbol() == null || command.resolutionSymbol().isBlank() ? null
                : command.resolutionSymbol().strip();
        if ("consensus".equals(command.method())) {
            draft.require((command.on() == null || "draft".equals(command.on())) && command.votes() == null
                    && command.paragraphId() == null && command.amendmentId() == null, INVALID, CONSENSUS_ON_DRAFT);
            apply(new DraftActedOnEvent(draft.draftId(), "adopted", "consensus", null, symbol, command.actor(),
                    command.at()));
            return new ActionResult(null, "adopted", 0, 0, 0, 0, draft.version());
        }
        draft.require("recordedVote".equals(command.method()), INVALID, METHOD_REQUIRED);
        draft.require(command.on() != null && List.of("draft", "paragraph", "amendment").contains(command.on()),
                INVALID, ON_REQUIRED);
        draft.require(command.votes() != null, INVALID, VOTES_REQUIRED);
        VoteRules.Tally tally;
        try {
            tally = VoteRules.count(members(), command.votes(), majority(command.importantQuestion()));
        } catch (IllegalArgumentException e) {
            throw new DraftRejection(INVALID, "votes: " + e.getMessage(), draft.version());
        }
        String voteId = "V" + (votes + 1);
        switch (command.on()) {
            case "paragraph" -> voteOnParagraph(command, tally, voteId);
            case "amendment" -> voteOnAmendment(command, tally, voteId);
            default -> {
                draft.require(command.paragraphId() == null && command.amendmentId() == null, INVALID,
                        "a vote on the draft as a whole names no paragraph or amendment");
                record(command, tally, voteId);
                apply(new DraftActedOnEvent(draft.draftId(), tally.result(), "recordedVote", voteId,
                        tally.adopted() ? symbol : null, command.actor(), command.at()));
            }
        }
        return new ActionResult(voteId, tally.result(), tally.yes(), tally.no(), tally.abstain(), tally.absent().size(),
                draft.version());
    }

    private void voteOnParagraph(TakeActionCommand command, VoteRules.Tally tally, String voteId) {
        String id = command.paragraphId();
        draft.require(id != null, INVALID, PARAGRAPH_ID_REQUIRED);
        NodeIndex index = NodeIndex.of(draft.document());
        draft.require(index.contains(id), NOT_FOUND, NO_SUCH_PARAGRAPH, id);
        draft.require(index.isParagraph(id), INVALID, NOT_A_PARAGRAPH, id);
        List<EditOperation> removal = List.of(new DeleteParagraph(id));
        if (!tally.adopted()) {
            boolean lastOperative = draft.document().operative().size() == 1
                    && draft.document().operative().get(0).id().equals(id);
            draft.require(!lastOperative, CONFLICT, PARAGRAPH_CANNOT_GO, id,
                    "it is the draft's only operative paragraph (vote on the draft as a whole instead)");
            try {
                DocumentEditor.validate(draft.document(), removal);
            } catch (EditException e) {
                throw new DraftRejection(CONFLICT, PARAGRAPH_CANNOT_GO.formatted(id, e.getMessage()), draft.version());
            }
        }
        record(command, tally, voteId);
        if (!tally.adopted()) {
            DraftDocument before = draft.document();
            apply(new ParagraphRemovedByVoteEvent(draft.draftId(), voteId, id, removal, command.actor(), command.at()));
            draft.textChanged(before, removal, "vote " + voteId);
        }
    }

    private void voteOnAmendment(TakeActionCommand command, VoteRules.Tally tally, String voteId) {
        String id = command.amendmentId();
        draft.require(id != null, INVALID, AMENDMENT_ID_REQUIRED);
        List<EditOperation> operations = draft.amendmentToDecide(id, tally.adopted());
        record(command, tally, voteId);
        if (tally.adopted()) {
            DraftDocument before = draft.document();
            apply(new AmendmentAcceptedEvent(draft.draftId(), id, operations, command.actor(), command.at()));
            draft.textChanged(before, operations, id);
        } else {
            apply(new AmendmentRejectedEvent(draft.draftId(), id, "rejected by recorded vote " + voteId,
                    command.actor(), command.at(), voteId));
        }
    }

    private void record(TakeActionCommand command, VoteRules.Tally tally, String voteId) {
        apply(new VoteRecordedEvent(draft.draftId(), voteId, command.on(), command.paragraphId(), command.amendmentId(),
                tally.votes(), tally.absent(), tally.yes(), tally.no(), tally.abstain(),
                majorityName(majority(command.importantQuestion())), tally.result(), command.actor(), command.at()));
    }

    private List<String> members() {
        return members != null ? members : MEMBER_STATES;
    }

    /** The Security Council's rule when the draft is the Council's; two thirds for an important question. */
    private VoteRules.Majority majority(boolean importantQuestion) {
        Header header = draft.document().header();
        boolean council = "Security Council".equals(header.organ()) || "Security Council".equals(header.body());
        return council ? VoteRules.Majority.SECURITY_COUNCIL
                : importantQuestion ? VoteRules.Majority.TWO_THIRDS : VoteRules.Majority.SIMPLE;
    }

    private static String majorityName(VoteRules.Majority majority) {
        return switch (majority) {
            case SIMPLE -> "simple";
            case TWO_THIRDS -> "twoThirds";
            case SECURITY_COUNCIL -> "securityCouncil";
        };
    }

    @EventSourcingHandler
    void on(MembersRegisteredEvent event) {
        members = event.members();
    }

    @EventSourcingHandler
    void on(VoteRecordedEvent event) {
        votes++;
    }
}
