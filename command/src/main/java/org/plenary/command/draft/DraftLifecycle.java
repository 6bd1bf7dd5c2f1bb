package org.plenary.command.draft;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonBackReference;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.delegation.UnknownDelegationException;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.AppointFacilitatorCommand;
import org.plenary.shared.draft.DraftActedOnEvent;
import org.plenary.shared.draft.DraftWithdrawnEvent;
import org.plenary.shared.draft.FacilitatorAppointedEvent;
import org.plenary.shared.draft.WithdrawDraftCommand;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.plenary.command.draft.DraftRejection.Kind.CONFLICT;
import static org.plenary.command.draft.DraftRejection.Kind.FORBIDDEN;
import static org.plenary.command.draft.DraftRejection.Kind.INVALID;
import static org.plenary.command.draft.LifecycleRejections.*;

/**
 * Where the draft is in its life: under negotiation, then adopted, rejected or withdrawn; and its facilitator,
 * appointed by the secretariat, who has the main sponsors' rights. Once the draft is decided or withdrawn,
 * {@link #requireUnderNegotiation} refuses every command (the root calls it before any command is handled), saying
 * why.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class DraftLifecycle {

    @JsonBackReference
    private DraftResolution draft;
    private String facilitator;
    /** Null while under negotiation; otherwise why the draft takes no further change. */
    private String closedBecause;

    private DraftLifecycle() {
        // for Jackson
    }

    DraftLifecycle(DraftResolution draft) {
        this.draft = draft;
    }

    boolean isFacilitator(String actor) {
        return actor != null && actor.equals(facilitator);
    }

    /** Refuses (409) any change to a draft that has been acted on or withdrawn. */
    void requireUnderNegotiation() {
        draft.require(closedBecause == null, CONFLICT, closedBecause);
    }

    @CommandHandler
    long handle(AppointFacilitatorCommand command) {
        draft.require(Actors.SECRETARIAT.equals(command.actor()), FORBIDDEN, ONLY_SECRETARIAT, "appoint a facilitator");
        draft.require(command.delegation() != null && !command.delegation().isBlank(), INVALID,
                UNKNOWN_DELEGATION, "required: the delegation appointed (ISO 3166-1 alpha-3)");
        String code;
        try {
            code = DelegationRegistry.standard().resolve(command.delegation()).code();
        } catch (UnknownDelegationException e) {
            throw new DraftRejection(INVALID, UNKNOWN_DELEGATION.formatted(e.getMessage()), draft.version());
        }
        draft.require(!code.equals(facilitator), CONFLICT, ALREADY_FACILITATOR, code);
        apply(new FacilitatorAppointedEvent(draft.draftId(), code, command.actor(), command.at()));
        return draft.version();
    }

    @CommandHandler
    long handle(WithdrawDraftCommand command) {
        draft.require(draft.isMainSponsor(command.actor()), FORBIDDEN, ONLY_MAIN_SPONSORS_WITHDRAW);
        draft.require(command.reason() != null && !command.reason().isBlank(), INVALID, REASON_REQUIRED);
        apply(new DraftWithdrawnEvent(draft.draftId(), command.reason().strip(), command.actor(), command.at()));
        return draft.version();
    }

    @EventSourcingHandler
    void on(FacilitatorAppointedEvent event) {
        facilitator = event.delegation();
    }

    @EventSourcingHandler
    void on(DraftWithdrawnEvent event) {
        closedBecause = WITHDRAWN.formatted(event.actor(), day(event), event.reason());
    }

    @EventSourcingHandler
    void on(DraftActedOnEvent event) {
        closedBecause = event.adopted()
                ? ADOPTED.formatted(event.resolutionSymbol() == null ? "" : " as resolution " + event.resolutionSymbol(),
                        day(event))
                : REJECTED.formatted(event.voteId(), day(event));
    }

    private static LocalDate day(org.plenary.shared.draft.DraftEvent event) {
        return LocalDate.ofInstant(event.at(), ZoneOffset.UTC);
    }
}
