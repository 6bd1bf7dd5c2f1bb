package org.plenary.query.feed;

import org.plenary.shared.draft.AlternativeChosenEvent;
import org.plenary.shared.draft.AlternativeProposedEvent;
import org.plenary.shared.draft.BracketLiftedEvent;
import org.plenary.shared.draft.BracketPlacedEvent;
import org.plenary.shared.draft.BracketsMovedEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.ParagraphStatusChangedEvent;
import org.plenary.shared.consultation.ParagraphStatus;

/**
 * The sentences of {@link EventSummaries} for the events of informal consultations: "Brazil marked paragraph op3
 * agreed ad ref", "Egypt, on behalf of the Group of African States, asked for brackets around “possible” in op4".
 */
final class ConsultationSummaries {

    private ConsultationSummaries() {
    }

    /** The sentence, or null when the event is not one of consultations. */
    static String summarize(DraftEvent event, String actor) {
        if (event instanceof ParagraphStatusChangedEvent changed) {
            return changed.status() == ParagraphStatus.OPEN
                    ? actor + " reopened paragraph " + changed.paragraphId()
                    : actor + " marked paragraph " + changed.paragraphId() + " " + changed.status().printed();
        }
        if (event instanceof BracketPlacedEvent placed) {
            String around = "brackets around “" + placed.words() + "” in " + placed.paragraphId();
            String who = actor + onBehalfOf(placed.onBehalfOf());
            return placed.requestedBy().equals(placed.actor()) ? who + " asked for " + around
                    : who + " placed " + around + " at the request of " + EventSummaries.name(placed.requestedBy());
        }
        if (event instanceof BracketLiftedEvent lifted) {
            return actor + " lifted bracket " + lifted.bracketId();
        }
        if (event instanceof BracketsMovedEvent moved) {
            return "Brackets followed " + moved.source() + ": " + count(moved.moved().size(), "moved")
                    + (moved.lapsed().isEmpty() ? "" : ", " + count(moved.lapsed().size(), "lapsed"));
        }
        if (event instanceof AlternativeProposedEvent proposed) {
            return actor + onBehalfOf(proposed.onBehalfOf()) + " proposed Alt " + proposed.number() + " for paragraph "
                    + proposed.paragraphId();
        }
        if (event instanceof AlternativeChosenEvent chosen) {
            return actor + " chose Alt " + chosen.number() + " for paragraph " + chosen.paragraphId();
        }
        return null;
    }

    private static String onBehalfOf(String group) {
        return group == null ? "" : ", on behalf of the " + group + ",";
    }

    private static String count(int n, String what) {
        return n + " " + what;
    }
}
