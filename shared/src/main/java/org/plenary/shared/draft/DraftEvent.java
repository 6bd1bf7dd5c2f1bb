package org.plenary.shared.draft;

import java.time.Instant;

/** An event of a draft resolution's negotiation. Every event says who acted and when. */
public sealed interface DraftEvent permits DraftSubmittedEvent, CoSponsorJoinedEvent, CoSponsorWithdrawnEvent,
        AmendmentProposedEvent, AmendmentAcceptedEvent, AmendmentRejectedEvent, AmendmentWithdrawnEvent,
        ParagraphStatusChangedEvent, BracketPlacedEvent, BracketLiftedEvent, BracketsMovedEvent,
        AlternativeProposedEvent, AlternativeChosenEvent, AmendmentsRebasedEvent, AmendmentOvertakenEvent,
        AmendmentRevisedEvent, SubAmendmentAcceptedEvent,
        FacilitatorAppointedEvent, DraftWithdrawnEvent, RevisionIssuedEvent, OralRevisionMadeEvent,
        MembersRegisteredEvent, VoteRecordedEvent, ParagraphRemovedByVoteEvent, DraftActedOnEvent {

    String draftId();

    /** The authenticated delegation code (ISO 3166-1 alpha-3) or {@link Actors#SECRETARIAT}. */
    String actor();

    Instant at();
}
