package org.plenary.command.draft;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.document.DocumentIds;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Section;
import org.plenary.shared.draft.AcceptAmendmentCommand;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.AddCoSponsorCommand;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentProposal;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.draft.AmendmentWithdrawnEvent;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.CoSponsorWithdrawnEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.ProposeAmendmentCommand;
import org.plenary.shared.draft.RejectAmendmentCommand;
import org.plenary.shared.draft.SubmitDraftCommand;
import org.plenary.shared.draft.WithdrawAmendmentCommand;
import org.plenary.shared.draft.WithdrawCoSponsorCommand;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditException;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.plenary.command.draft.DraftRejection.Kind.CONFLICT;
import static org.plenary.command.draft.DraftRejection.Kind.FORBIDDEN;
import static org.plenary.command.draft.DraftRejection.Kind.INVALID;
import static org.plenary.command.draft.DraftRejection.Kind.NOT_FOUND;

/**
 * A draft resolution under negotiation. Decides on commands; its state is only what the decisions need:
 * the current text, who sponsors it, the amendments and when each paragraph last changed.
 * Text logic lives in the pure engine ({@link DocumentEditor}). Its fields are its snapshot (JSON).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class DraftResolution {

    @AggregateIdentifier
    private String draftId;
    private long version;
    private DraftDocument document;
    private List<String> mainSponsors;
    private Set<String> coSponsors;
    private Map<String, Amendment> amendments;
    private TextChanges changes;
    private Map<Section, Integer> lastParagraphNumber;

    /** What the draft remembers of an amendment to decide on it. */
    record Amendment(String proposer, long baseVersion, List<EditOperation> operations, AmendmentStatus status) {
        Amendment withStatus(AmendmentStatus newStatus) {
            return new Amendment(proposer, baseVersion, operations, newStatus);
        }
    }

    protected DraftResolution() {
        // for Axon
    }

    /** The draft's text now and the version it is at: what a Word file's tracked changes are mapped onto. */
    public record CurrentText(DraftDocument document, long version) {
    }

    /** Read access for {@link CurrentTexts}; decides nothing. */
    public CurrentText currentText() {
        return new CurrentText(document, version);
    }

    @CommandHandler
    public DraftResolution(SubmitDraftCommand command) {
        DraftDocument submitted = command.document();
        require(submitted != null, INVALID, Rejections.DOCUMENT_REQUIRED);
        require(submitted.title() != null && !submitted.title().isBlank(), INVALID, Rejections.TITLE_REQUIRED);
        require(!submitted.operative().isEmpty(), INVALID, Rejections.OPERATIVE_REQUIRED);
        List<String> sponsors = new ArrayList<>();
        for (String name : submitted.sponsors()) {
            String code = DelegationRegistry.standard().resolve(name).code();
            require(!sponsors.contains(code), INVALID, Rejections.DUPLICATE_SPONSOR.formatted(name));
            sponsors.add(code);
        }
        require(Actors.SECRETARIAT.equals(command.actor()) || sponsors.contains(command.actor()),
                FORBIDDEN, Rejections.SUBMIT_NOT_ALLOWED);
        DraftDocument withIds;
        try {
            withIds = DocumentIds.assignMissing(submitted);
        } catch (IllegalArgumentException e) {
            throw new DraftRejection(INVALID, e.getMessage(), 0);
        }
        apply(new DraftSubmittedEvent(command.draftId(), withIds, sponsors, command.actor(), command.at()));
    }

    @CommandHandler
    public long handle(AddCoSponsorCommand command) {
        String delegation = command.actor();
        require(!Actors.SECRETARIAT.equals(delegation), FORBIDDEN, Rejections.SECRETARIAT_CANNOT_COSPONSOR);
        require(!mainSponsors.contains(delegation), CONFLICT, Rejections.MAIN_SPONSOR_CANNOT_JOIN.formatted(delegation));
        require(!coSponsors.contains(delegation), CONFLICT, Rejections.ALREADY_COSPONSOR.formatted(delegation));
        apply(new CoSponsorJoinedEvent(draftId, delegation, delegation, command.at()));
        return version;
    }

    @CommandHandler
    public long handle(WithdrawCoSponsorCommand command) {
        String delegation = command.actor();
        require(!mainSponsors.contains(delegation), CONFLICT,
                Rejections.MAIN_SPONSOR_CANNOT_WITHDRAW.formatted(delegation));
        require(coSponsors.contains(delegation), CONFLICT, Rejections.NOT_A_COSPONSOR.formatted(delegation));
        apply(new CoSponsorWithdrawnEvent(draftId, delegation, delegation, command.at()));
        return version;
    }

    @CommandHandler
    public AmendmentProposal handle(ProposeAmendmentCommand command) {
        require(!Actors.SECRETARIAT.equals(command.actor()), FORBIDDEN, Rejections.SECRETARIAT_CANNOT_PROPOSE);
        List<EditOperation> operations = command.operations();
        require(operations != null && !operations.isEmpty(), INVALID, Rejections.OPERATIONS_REQUIRED);
        require(command.baseVersion() >= 1, INVALID, Rejections.BASE_VERSION_INVALID.formatted(command.baseVersion()));
        require(command.baseVersion() <= version, CONFLICT,
                Rejections.BASE_VERSION_AHEAD.formatted(command.baseVersion(), version));
        requireUnchangedSince(command.baseVersion(), operations);
        List<EditOperation> withIds = assignParagraphIds(operations);
        try {
            DocumentEditor.validate(document, withIds);
        } catch (EditException e) {
            throw new DraftRejection(INVALID, e.getMessage(), version);
        }
        String amendmentId = "A" + (amendments.size() + 1);
        apply(new AmendmentProposedEvent(draftId, amendmentId, command.baseVersion(), command.reason(), withIds,
                command.actor(), command.at()));
        return new AmendmentProposal(amendmentId, version);
    }

    @CommandHandler
    public long handle(AcceptAmendmentCommand command) {
        Amendment amendment = pendingAmendment(command.amendmentId());
        requireMainSponsor(command.actor(), "accept");
        requireUnchangedSince(amendment.baseVersion(), amendment.operations());
        try {
            DocumentEditor.validate(document, amendment.operations());
        } catch (EditException e) {
            throw new DraftRejection(CONFLICT, "amendment " + command.amendmentId() + " no longer applies: "
                    + e.getMessage(), version);
        }
        apply(new AmendmentAcceptedEvent(draftId, command.amendmentId(), amendment.operations(), command.actor(),
                command.at()));
        return version;
    }

    @CommandHandler
    public long handle(RejectAmendmentCommand command) {
        pendingAmendment(command.amendmentId());
        requireMainSponsor(command.actor(), "reject");
        apply(new AmendmentRejectedEvent(draftId, command.amendmentId(), command.reason(), command.actor(), command.at()));
        return version;
    }

    @CommandHandler
    public long handle(WithdrawAmendmentCommand command) {
        Amendment amendment = pendingAmendment(command.amendmentId());
        require(amendment.proposer().equals(command.actor()), FORBIDDEN,
                Rejections.ONLY_PROPOSER_WITHDRAWS.formatted(amendment.proposer(), command.amendmentId()));
        apply(new AmendmentWithdrawnEvent(draftId, command.amendmentId(), command.actor(), command.at()));
        return version;
    }

    private Amendment pendingAmendment(String amendmentId) {
        Amendment amendment = amendments.get(amendmentId);
        require(amendment != null, NOT_FOUND, Rejections.NO_SUCH_AMENDMENT.formatted(amendmentId));
        require(amendment.status() == AmendmentStatus.PENDING, CONFLICT,
                Rejections.AMENDMENT_NOT_PENDING.formatted(amendmentId, amendment.status().json()));
        return amendment;
    }

    private void requireMainSponsor(String actor, String verb) {
        require(mainSponsors.contains(actor), FORBIDDEN, Rejections.ONLY_MAIN_SPONSORS_DECIDE.formatted(verb));
    }

    private void requireUnchangedSince(long baseVersion, List<EditOperation> operations) {
        String conflict = changes.conflict(baseVersion, operations);
        if (conflict != null) {
            throw new DraftRejection(CONFLICT, conflict, version);
        }
    }

    private List<EditOperation> assignParagraphIds(List<EditOperation> operations) {
        Map<Section, Integer> next = new HashMap<>(lastParagraphNumber);
        List<EditOperation> out = new ArrayList<>(operations.size());
        for (EditOperation op : operations) {
            if (op instanceof InsertParagraph insert && insert.section() != null) {
                int n = next.merge(insert.section(), 1, Integer::sum);
                out.add(insert.withParagraphId(DocumentIds.prefix(insert.section()) + n));
            } else {
                out.add(op);
            }
        }
        return out;
    }

    private void require(boolean condition, DraftRejection.Kind kind, String message) {
        if (!condition) {
            throw new DraftRejection(kind, message, version);
        }
    }

    @EventSourcingHandler
    void on(DraftSubmittedEvent event) {
        draftId = event.draftId();
        version = 1;
        document = event.document();
        mainSponsors = List.copyOf(event.mainSponsors());
        coSponsors = new LinkedHashSet<>();
        amendments = new HashMap<>();
        changes = new TextChanges();
        lastParagraphNumber = new HashMap<>();
        for (Section section : Section.values()) {
            lastParagraphNumber.put(section,
                    DocumentIds.highestNumber(document.section(section), DocumentIds.prefix(section)));
        }
    }

    @EventSourcingHandler
    void on(CoSponsorJoinedEvent event) {
        version++;
        coSponsors.add(event.delegation());
    }

    @EventSourcingHandler
    void on(CoSponsorWithdrawnEvent event) {
        version++;
        coSponsors.remove(event.delegation());
    }

    @EventSourcingHandler
    void on(AmendmentProposedEvent event) {
        version++;
        amendments.put(event.amendmentId(),
                new Amendment(event.actor(), event.baseVersion(), event.operations(), AmendmentStatus.PENDING));
        for (EditOperation op : event.operations()) {
            if (op instanceof InsertParagraph insert) {
                String prefix = DocumentIds.prefix(insert.section());
                int n = Integer.parseInt(insert.paragraphId().substring(prefix.length()));
                lastParagraphNumber.merge(insert.section(), n, Math::max);
            }
        }
    }

    @EventSourcingHandler
    void on(AmendmentAcceptedEvent event) {
        version++;
        changes.record(document, event.operations(), version, event.amendmentId());
        document = DocumentEditor.apply(document, event.operations());
        amendments.computeIfPresent(event.amendmentId(), (id, a) -> a.withStatus(AmendmentStatus.ACCEPTED));
    }

    @EventSourcingHandler
    void on(AmendmentRejectedEvent event) {
        version++;
        amendments.computeIfPresent(event.amendmentId(), (id, a) -> a.withStatus(AmendmentStatus.REJECTED));
    }

    @EventSourcingHandler
    void on(AmendmentWithdrawnEvent event) {
        version++;
        amendments.computeIfPresent(event.amendmentId(), (id, a) -> a.withStatus(AmendmentStatus.WITHDRAWN));
    }
}
