package org.plenary.command.draft;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonManagedReference;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.document.DocumentIds;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRevisedEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.SubmitDraftCommand;
import org.plenary.shared.draft.TextChangingEvent;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.NewIds;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.plenary.command.draft.DraftRejection.Kind.FORBIDDEN;
import static org.plenary.command.draft.DraftRejection.Kind.INVALID;

/**
 * A draft resolution under negotiation: the aggregate root. It holds what every part of the negotiation decides on
 * — the draft's id, its version and its current text — and the rules they share (who may decide for the sponsors);
 * each concept decides its own commands in an aggregate member: {@link Sponsorship} (co-sponsors),
 * {@link Amendments} (proposals and their decisions), {@link Consultation} (paragraph statuses and brackets) and
 * {@link Alternatives}. A member reaches the root through its back reference.
 *
 * <p>The text changes only through events that say how ({@link TextChangingEvent}): the root applies their
 * operations with the pure engine ({@link DocumentEditor}), the same way every projection does. The fields of root
 * and members are the snapshot (JSON).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class DraftResolution {

    @AggregateIdentifier
    private String draftId;
    private long version;
    private DraftDocument document;
    private NewIds newIds;
    /** Null in a snapshot from before it existed: then nothing before the snapshot's version is known. */
    private TextLog textLog;
    @AggregateMember
    @JsonManagedReference
    private Sponsorship sponsorship;
    @AggregateMember
    @JsonManagedReference
    private Amendments amendments;
    // Made with the draft rather than at submission, so that a snapshot taken before consultations existed still
    // reads: Jackson keeps these when the snapshot has no such field.
    @AggregateMember
    @JsonManagedReference
    private Consultation consultation = new Consultation(this);
    @AggregateMember
    @JsonManagedReference
    private Alternatives alternatives = new Alternatives(this);
    @AggregateMember
    @JsonManagedReference
    private DraftLifecycle lifecycle = new DraftLifecycle(this);
    @AggregateMember
    @JsonManagedReference
    private Revisions revisions = new Revisions(this);
    @AggregateMember
    @JsonManagedReference
    private Voting voting = new Voting(this);
    /** The event that made the change the parts are following; set as it is applied, never part of a snapshot. */
    private transient DraftEvent followedChange;

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
            require(!sponsors.contains(code), INVALID, Rejections.DUPLICATE_SPONSOR, name);
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

    /**
     * The one place that refuses (409, saying why) every command to a draft that has been acted on or withdrawn:
     * Axon calls it before any command handler of the root or its members, so a new command is covered too.
     */
    @CommandHandlerInterceptor
    Object refuseOnceClosed(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        lifecycle.requireUnderNegotiation();
        return chain.proceed();
    }

    // --- what the members share

    String draftId() {
        return draftId;
    }

    long version() {
        return version;
    }

    DraftDocument document() {
        return document;
    }

    /** The operations with ids given to the paragraphs and items they insert: ids the draft never had. */
    List<EditOperation> withNewIds(List<EditOperation> operations) {
        return newIds.assign(operations);
    }

    /**
     * Called by the member that has just applied a {@link TextChangingEvent}, within the same command: every part
     * anchored in the text follows it, in a fixed order: the brackets ({@link Consultation}), then the pending
     * amendments ({@link Amendments}: rebased or overtaken).
     */
    void textChanged(DraftDocument before, List<EditOperation> applied, String source) {
        for (FollowsText part : List.<FollowsText>of(consultation, amendments)) {
            part.followText(before, applied, source);
        }
    }

    /** The event that made the change being followed (for the actor and time of the follow-up events). */
    DraftEvent changeBeingFollowed() {
        return followedChange;
    }

    Consultation consultation() {
        return consultation;
    }

    /** Refuses (409) an amendment that changes a settled paragraph: agreed ad ref or agreed. */
    void requireAmendable(List<EditOperation> operations) {
        String refusal = consultation.settledRefusal(operations);
        require(refusal == null, DraftRejection.Kind.CONFLICT, refusal);
    }

    /**
     * Operations written against the text at {@code baseVersion}, carried over the changes of the text since so they
     * address the current text; refused (400) when they do not apply to their base text, (409) when the text changed
     * where they edit since or the base is older than the changes the draft keeps ({@link TextLog}).
     */
    List<EditOperation> carryToCurrent(long baseVersion, List<EditOperation> operations) {
        return textLog().carry(this, baseVersion, operations, document);
    }

    /** The version of the last change of the text (1: the text as submitted). */
    long lastTextChange() {
        return textLog().lastChange();
    }

    private TextLog textLog() {
        if (textLog == null) {
            textLog = TextLog.forgottenUpTo(version);
        }
        return textLog;
    }

    /** A refusal with the draft's current version. */
    DraftRejection rejection(DraftRejection.Kind kind, String message) {
        return new DraftRejection(kind, message, version);
    }

    /** Refuses unless {@code actor} may decide for the sponsors (accept, reject, revise): a main sponsor. */
    void requireSponsorRights(String actor, String verb) {
        require(hasSponsorRights(actor), FORBIDDEN, Rejections.ONLY_MAIN_SPONSORS_DECIDE, verb);
    }

    /** Whether {@code actor} may decide for the sponsors (accept, reject, revise, run consultations): a main
     *  sponsor or the facilitator. */
    boolean hasSponsorRights(String actor) {
        return sponsorship.isMainSponsor(actor) || lifecycle.isFacilitator(actor);
    }

    boolean isMainSponsor(String actor) {
        return sponsorship.isMainSponsor(actor);
    }

    /** The main sponsors and the co-sponsors now (codes): a revision's sponsors line. */
    List<String> sponsorsNow() {
        return sponsorship.sponsorsNow();
    }

    /** The operations of pending amendment {@code amendmentId}, for a vote on it; checked to apply if it is adopted. */
    List<EditOperation> amendmentToDecide(String amendmentId, boolean applying) {
        return amendments.decisions().toDecide(amendmentId, applying);
    }

    /** Refuses the command with {@code message} unless {@code condition} holds; nothing is applied. */
    void require(boolean condition, DraftRejection.Kind kind, String message) {
        if (!condition) {
            throw new DraftRejection(kind, message, version);
        }
    }

    /**
     * Refuses the command with {@code template} formatted with {@code args} unless {@code condition} holds: the message
     * is formatted only for a refusal (checks run on every command, and {@code String.formatted} cost 2 % of the
     * request threads when every check formatted its message ahead).
     */
    void require(boolean condition, DraftRejection.Kind kind, String template, Object... args) {
        if (!condition) {
            throw new DraftRejection(kind, template.formatted(args), version);
        }
    }

    // --- state

    @EventSourcingHandler
    void on(DraftSubmittedEvent event) {
        draftId = event.draftId();
        version = 1;
        document = event.document();
        newIds = NewIds.of(document);
        textLog = new TextLog();
        sponsorship = new Sponsorship(this, event.mainSponsors());
        amendments = new Amendments(this);
    }

    /**
     * Every later event: the version is the number of events; a proposal reserves the ids of what it inserts (so
     * pending amendments never collide); a text-changing event changes the text.
     */
    @EventSourcingHandler
    void on(DraftEvent event, @SequenceNumber long sequenceNumber) {
        version = sequenceNumber + 1;
        if (event instanceof AmendmentProposedEvent proposed) {
            newIds.record(proposed.operations());
        }
        if (event instanceof AmendmentRevisedEvent revised) {
            newIds.record(revised.operations());
        }
        if (event instanceof TextChangingEvent change) {
            followedChange = event;
            if (change.operations().isEmpty()) {
                return; // a revision reissuing the text as it stands
            }
            textLog().record(version, change.source(), document, change.operations());
            document = DocumentEditor.apply(document, change.operations());
            newIds.record(change.operations());
        }
    }
}
