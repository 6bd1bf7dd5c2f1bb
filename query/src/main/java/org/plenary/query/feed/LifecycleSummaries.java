package org.plenary.query.feed;

import org.plenary.shared.draft.DraftActedOnEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftWithdrawnEvent;
import org.plenary.shared.draft.FacilitatorAppointedEvent;
import org.plenary.shared.draft.MembersRegisteredEvent;
import org.plenary.shared.draft.OralRevisionMadeEvent;
import org.plenary.shared.draft.ParagraphRemovedByVoteEvent;
import org.plenary.shared.draft.RevisionIssuedEvent;
import org.plenary.shared.draft.VoteRecordedEvent;

/**
 * The sentences of {@link EventSummaries} for the lifecycle: "Brazil issued E/CN.15/2017/L.4/Rev.1", "The Secretariat
 * recorded vote V2 on the draft: adopted (30 in favour, 2 against, 5 abstentions)" …; null for other events.
 */
final class LifecycleSummaries {

    private LifecycleSummaries() {
    }

    static String summarize(DraftEvent event, String actor) {
        if (event instanceof FacilitatorAppointedEvent appointed) {
            return actor + " appointed " + EventSummaries.name(appointed.delegation()) + " facilitator";
        }
        if (event instanceof DraftWithdrawnEvent withdrawn) {
            return actor + " withdrew the draft: " + withdrawn.reason();
        }
        if (event instanceof RevisionIssuedEvent issued) {
            return actor + " issued " + issued.symbol();
        }
        if (event instanceof OralRevisionMadeEvent oral) {
            return actor + " revised the draft orally (oral revision " + oral.number() + ")";
        }
        if (event instanceof MembersRegisteredEvent registered) {
            return actor + " registered the " + registered.members().size() + " members of the body";
        }
        if (event instanceof VoteRecordedEvent vote) {
            String on = switch (vote.on()) {
                case "paragraph" -> "paragraph " + vote.paragraphId();
                case "amendment" -> "amendment " + vote.amendmentId();
                default -> "the draft";
            };
            return actor + " recorded vote " + vote.voteId() + " on " + on + ": " + vote.result() + " (" + vote.yes()
                    + " in favour, " + vote.no() + " against, " + vote.abstain() + " abstentions)";
        }
        if (event instanceof ParagraphRemovedByVoteEvent removed) {
            return "Paragraph " + removed.paragraphId() + " was removed by vote " + removed.voteId();
        }
        if (event instanceof DraftActedOnEvent acted) {
            String how = "consensus".equals(acted.method()) ? " without a vote" : " by recorded vote " + acted.voteId();
            return acted.adopted()
                    ? "The draft was adopted" + how + (acted.resolutionSymbol() == null ? ""
                    : " as resolution " + acted.resolutionSymbol())
                    : "The draft was rejected" + how;
        }
        return null;
    }
}
