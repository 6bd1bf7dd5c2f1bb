package org.plenary.query.draft;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.plenary.query.projection.DraftView;
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

    public record CoSponsor(String code, String name, Instant joinedAt, long joinedVersion, Instant withdrawnAt,
                            Long withdrawnVersion, boolean active) {
    }

    /** {@code GET /api/drafts/{id}}: the document fields plus the negotiation state. */
    public record Draft(String draftId, long version, @JsonUnwrapped DocumentView document,
                        List<Delegate> mainSponsors, List<Delegate> coSponsors, int pendingAmendments,
                        String submittedBy, Instant submittedAt, Instant updatedAt) {
    }

    public record Sponsors(String draftId, long version, List<Delegate> mainSponsors, List<CoSponsor> coSponsors) {
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
        return new Draft(view.draftId(), view.version(), DocumentView.of(view.document()), mainSponsors(view), active, pending,
                view.submittedBy(), view.submittedAt(), view.updatedAt());
    }

    public static Sponsors sponsors(DraftView view) {
        List<CoSponsor> coSponsors = new ArrayList<>();
        for (DraftView.CoSponsorship c : view.coSponsors()) {
            Delegate d = Delegate.of(c.delegation());
            coSponsors.add(new CoSponsor(d.code(), d.name(), c.joinedAt(), c.joinedVersion(), c.withdrawnAt(),
                    c.withdrawnVersion(), c.active()));
        }
        return new Sponsors(view.draftId(), view.version(), mainSponsors(view), coSponsors);
    }

    private static List<Delegate> mainSponsors(DraftView view) {
        return view.mainSponsors().stream().map(Delegate::of).toList();
    }
}
