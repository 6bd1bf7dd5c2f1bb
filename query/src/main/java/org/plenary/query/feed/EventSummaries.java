package org.plenary.query.feed;

import org.plenary.shared.delegation.Delegation;
import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentOvertakenEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRevisedEvent;
import org.plenary.shared.draft.AmendmentsRebasedEvent;
import org.plenary.shared.draft.SubAmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.AmendmentWithdrawnEvent;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.CoSponsorWithdrawnEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;

/** One short sentence per event, with delegations by their UN short name: "France joined as co-sponsor". */
public final class EventSummaries {

    private EventSummaries() {
    }

    public static String summarize(DraftEvent event) {
        String actor = name(event.actor());
        if (event instanceof DraftSubmittedEvent submitted) {
            String symbol = submitted.document() == null ? null : submitted.document().symbol();
            String title = submitted.document() == null ? null : submitted.document().title();
            if (symbol != null && !symbol.isBlank()) {
                return actor + " submitted " + symbol;
            }
            return actor + " submitted " + (title == null || title.isBlank() ? "the draft" : "“" + title + "”");
        }
        if (event instanceof CoSponsorJoinedEvent joined) {
            return name(joined.delegation()) + " joined as co-sponsor"
                    + (joined.onBehalfOf() == null ? "" : " on behalf of the " + joined.onBehalfOf());
        }
        if (event instanceof CoSponsorWithdrawnEvent withdrawn) {
            return name(withdrawn.delegation()) + " withdrew as co-sponsor";
        }
        if (event instanceof AmendmentProposedEvent proposed) {
            if (proposed.amends() != null) {
                return actor + " proposed amendment " + proposed.amendmentId() + " to amendment " + proposed.amends();
            }
            if (!proposed.superseded().isEmpty()) {
                return actor + " tabled compromise " + proposed.amendmentId() + " superseding "
                        + String.join(", ", proposed.superseded());
            }
            return actor + " proposed amendment " + proposed.amendmentId();
        }
        if (event instanceof AmendmentsRebasedEvent rebased) {
            return (rebased.rebased().size() == 1 ? "Amendment " + rebased.rebased().get(0) + " follows"
                    : "Amendments " + String.join(", ", rebased.rebased()) + " follow") + " the text as "
                    + rebased.source() + " left it";
        }
        if (event instanceof AmendmentOvertakenEvent overtaken) {
            return "Amendment " + overtaken.amendmentId() + (overtaken.lapsed() ? " lapsed with " : " was overtaken by ")
                    + overtaken.source();
        }
        if (event instanceof AmendmentRevisedEvent revised) {
            return actor + " revised amendment " + revised.amendmentId();
        }
        if (event instanceof SubAmendmentAcceptedEvent sub) {
            return actor + " accepted amendment " + sub.amendmentId() + " into amendment " + sub.amends();
        }
        if (event instanceof AmendmentAcceptedEvent accepted) {
            return actor + " accepted amendment " + accepted.amendmentId();
        }
        if (event instanceof AmendmentRejectedEvent rejected) {
            return actor + " rejected amendment " + rejected.amendmentId();
        }
        if (event instanceof AmendmentWithdrawnEvent withdrawn) {
            return actor + " withdrew amendment " + withdrawn.amendmentId();
        }
        String consultation = ConsultationSummaries.summarize(event, actor);
        if (consultation != null) {
            return consultation;
        }
        String lifecycle = LifecycleSummaries.summarize(event, actor);
        if (lifecycle != null) {
            return lifecycle;
        }
        throw new IllegalArgumentException("no summary for " + event.getClass().getSimpleName());
    }

    /** The printed name of a delegation code; the secretariat and unknown codes as themselves. */
    static String name(String code) {
        if (Actors.SECRETARIAT.equals(code)) {
            return "The Secretariat";
        }
        return code == null ? "Someone" : DelegationRegistry.standard().byCode(code).map(Delegation::name).orElse(code);
    }
}
