package org.plenary.query.draft;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.LifecycleView;
import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.document.DocumentView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The JSON shapes of the query API, built from the projection. */
public final class DraftResponses {

    private DraftResponses() {
    }

    /** A registry entry as shown: code and UN short name. */
    public record Delegate(String code, String name) {
        static Delegate of(String code) {
            return new Delegate(code, DelegationRegistry.standard().byCode(code).map(d -> d.name()).orElse(code));
        }
    }

    /** @param onBehalfOf the group it joined for ("Group of African States"), or null */
    public record CoSponsor(String code, String name, Instant joinedAt, long joinedVersion, Instant withdrawnAt,
                            Long withdrawnVersion, boolean active, String onBehalfOf) {
    }

    /** {@code GET /api/drafts/{id}}: the document fields plus the negotiation state. */
    public record Draft(String draftId, long version, @JsonUnwrapped DocumentView document,
                        List<Delegate> mainSponsors, List<Delegate> coSponsors, int pendingAmendments,
                        String submittedBy, Instant submittedAt, Instant updatedAt, String state, int revision,
                        String resolutionSymbol, Instant adoptedAt, Delegate facilitator,
                        List<Delegate> subsequentlyJoinedBy) {
    }

    /** @param mainSponsorsOnBehalfOf the group the main sponsors speak for (an imported "X* (on behalf of …)"), or null */
    public record Sponsors(String draftId, long version, List<Delegate> mainSponsors, List<CoSponsor> coSponsors,
                           String mainSponsorsOnBehalfOf) {
    }

    public static Draft draft(DraftView view) {
        List<Delegate> active = new ArrayList<>();
        for (DraftView.CoSponsorship c : view.coSponsors()) {
            if (c.active()) {
                active.add(Delegate.of(c.delegation()));
            }
        }
        int pending = (int) view.amendments().stream()
                .filter(a -> a.status() == org.plenary.shared.draft.AmendmentStatus.PENDING).count();
        LifecycleView lifecycle = view.lifecycle();
        LifecycleView.Decision decision = lifecycle.decision();
        boolean adopted = decision != null && "adopted".equals(decision.decision());
        return new Draft(view.draftId(), view.version(), DocumentView.of(view.document()), mainSponsors(view), active, pending,
                view.submittedBy(), view.submittedAt(), view.updatedAt(), lifecycle.state(), lifecycle.revision(),
                adopted ? decision.resolutionSymbol() : null, adopted ? decision.at() : null,
                lifecycle.facilitator() == null ? null : Delegate.of(lifecycle.facilitator()),
                LifecycleView.subsequentlyJoined(view).stream().map(Delegate::of).toList());
    }

    public static Sponsors sponsors(DraftView view) {
        List<CoSponsor> coSponsors = new ArrayList<>();
        for (DraftView.CoSponsorship c : view.coSponsors()) {
            Delegate d = Delegate.of(c.delegation());
            coSponsors.add(new CoSponsor(d.code(), d.name(), c.joinedAt(), c.joinedVersion(), c.withdrawnAt(),
                    c.withdrawnVersion(), c.active(), view.lifecycle().groupOf(c.delegation(), c.joinedVersion())));
        }
        return new Sponsors(view.draftId(), view.version(), mainSponsors(view), coSponsors,
                LifecycleView.groupOfSponsorsNote(view.document().sponsorsNote()));
    }

    private static List<Delegate> mainSponsors(DraftView view) {
        return view.mainSponsors().stream().map(Delegate::of).toList();
    }
}
