package org.plenary.command.draft;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonBackReference;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.plenary.shared.delegation.Groups;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.AddCoSponsorCommand;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.CoSponsorWithdrawnEvent;
import org.plenary.shared.draft.WithdrawCoSponsorCommand;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.plenary.command.draft.DraftRejection.Kind.CONFLICT;
import static org.plenary.command.draft.DraftRejection.Kind.FORBIDDEN;
import static org.plenary.command.draft.DraftRejection.Kind.INVALID;

/**
 * Who sponsors the draft: its main sponsors (fixed at submission) and the co-sponsors who joined and stayed. A
 * co-sponsor may join on behalf of a group it belongs to ({@link Groups}).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Sponsorship {

    @JsonBackReference
    private DraftResolution draft;
    private List<String> mainSponsors;
    private Set<String> coSponsors;

    private Sponsorship() {
        // for Jackson
    }

    Sponsorship(DraftResolution draft, List<String> mainSponsors) {
        this.draft = draft;
        this.mainSponsors = List.copyOf(mainSponsors);
        this.coSponsors = new LinkedHashSet<>();
    }

    boolean isMainSponsor(String actor) {
        return mainSponsors.contains(actor);
    }

    /** The main sponsors, then the co-sponsors in the order they joined (codes). */
    List<String> sponsorsNow() {
        List<String> all = new ArrayList<>(mainSponsors);
        all.addAll(coSponsors);
        return all;
    }

    @CommandHandler
    long handle(AddCoSponsorCommand command) {
        String delegation = command.actor();
        draft.require(!Actors.SECRETARIAT.equals(delegation), FORBIDDEN, Rejections.SECRETARIAT_CANNOT_COSPONSOR);
        draft.require(!mainSponsors.contains(delegation), CONFLICT, Rejections.MAIN_SPONSOR_CANNOT_JOIN, delegation);
        draft.require(!coSponsors.contains(delegation), CONFLICT, Rejections.ALREADY_COSPONSOR, delegation);
        String group = null;
        if (command.onBehalfOf() != null) {
            Groups.Group named;
            try {
                named = Groups.resolve(command.onBehalfOf());
            } catch (IllegalArgumentException e) {
                throw new DraftRejection(INVALID, "onBehalfOf: " + e.getMessage(), draft.version());
            }
            draft.require(Groups.speaksFor(delegation, named), FORBIDDEN,
                    Rejections.NOT_IN_GROUP, delegation, named.name());
            group = named.name();
        }
        apply(new CoSponsorJoinedEvent(draft.draftId(), delegation, group, delegation, command.at()));
        return draft.version();
    }

    @CommandHandler
    long handle(WithdrawCoSponsorCommand command) {
        String delegation = command.actor();
        draft.require(!mainSponsors.contains(delegation), CONFLICT,
                Rejections.MAIN_SPONSOR_CANNOT_WITHDRAW, delegation);
        draft.require(coSponsors.contains(delegation), CONFLICT, Rejections.NOT_A_COSPONSOR, delegation);
        apply(new CoSponsorWithdrawnEvent(draft.draftId(), delegation, delegation, command.at()));
        return draft.version();
    }

    @EventSourcingHandler
    void on(CoSponsorJoinedEvent event) {
        coSponsors.add(event.delegation());
    }

    @EventSourcingHandler
    void on(CoSponsorWithdrawnEvent event) {
        coSponsors.remove(event.delegation());
    }
}
