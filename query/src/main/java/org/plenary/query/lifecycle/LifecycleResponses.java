package org.plenary.query.lifecycle;

import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.LifecycleView;
import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.document.DocumentView;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the lifecycle's queries: revisions, oral revisions, votes and the negotiation at a point. */
public final class LifecycleResponses {

    private LifecycleResponses() {
    }

    /** One issuance of the text: revision 0 is the text as submitted. */
    public record RevisionEntry(int revision, String symbol, long version, Instant issuedAt, String issuedBy,
                                String note, List<String> sponsors) {
    }

    /** The document as issued in that revision. */
    public record IssuedRevision(String draftId, int revision, String symbol, long version, DocumentView document) {
    }

    public record OralRevisionEntry(int oralRevision, String statement, List<EditOperation> operations, long baseVersion,
                                    String by, Instant at, long version) {
    }

    /** A recorded vote with each member's vote by name, tallies and result. */
    public record VoteEntry(String voteId, String on, String paragraphId, String amendmentId, String result, int yes,
                            int no, int abstain, int absentCount, String majority, List<MemberVote> votes,
                            List<String> inFavour, List<String> against, List<String> abstaining, List<String> absent,
                            Instant at, long version) {
    }

    public record MemberVote(String code, String name, String vote) {
    }

    public record Amendment(String amendmentId, String proposer, AmendmentStatus status, long proposedVersion,
                            Long decidedVersion) {
    }

    public record Sponsor(String code, String name, String onBehalfOf) {
    }

    /** {@code GET /api/drafts/{id}/negotiation}: the whole negotiation at one point. */
    public record Negotiation(String draftId, long version, Instant at, String state, int revision, String symbol,
                              String facilitator, String text, List<Amendment> amendments,
                              List<String> mainSponsors, List<Sponsor> coSponsors, List<String> subsequentlyJoinedBy,
                              List<OralRevisionEntry> oralRevisions, List<VoteEntry> votes, String resolutionSymbol,
                              Instant adoptedAt, String withdrawnBecause) {
    }

    static String name(String code) {
        return DelegationRegistry.standard().byCode(code).map(d -> d.name()).orElse(code);
    }

    static OralRevisionEntry oral(LifecycleView.OralRevision o) {
        return new OralRevisionEntry(o.number(), o.statement(), o.operations(), o.baseVersion(), o.actor(), o.at(), o.version());
    }

    static VoteEntry vote(LifecycleView.Vote v) {
        List<MemberVote> votes = new ArrayList<>();
        Map<String, List<String>> byChoice = new LinkedHashMap<>();
        for (String choice : List.of("yes", "no", "abstain")) {
            byChoice.put(choice, new ArrayList<>());
        }
        v.votes().forEach((code, choice) -> {
            votes.add(new MemberVote(code, name(code), choice));
            byChoice.computeIfAbsent(choice, c -> new ArrayList<>()).add(name(code));
        });
        byChoice.values().forEach(names -> names.sort(String::compareTo));
        List<String> absent = v.absent().stream().map(LifecycleResponses::name).sorted().toList();
        return new VoteEntry(v.voteId(), v.on(), v.paragraphId(), v.amendmentId(), v.result(), v.yes(), v.no(),
                v.abstain(), v.absent().size(), v.majority(), votes, byChoice.get("yes"), byChoice.get("no"),
                byChoice.get("abstain"), absent, v.at(), v.version());
    }

    static Negotiation negotiation(DraftView view, String text) {
        LifecycleView lifecycle = view.lifecycle();
        LifecycleView.Decision decision = lifecycle.decision();
        boolean adopted = decision != null && "adopted".equals(decision.decision());
        List<Sponsor> coSponsors = view.coSponsors().stream().filter(DraftView.CoSponsorship::active)
                .map(c -> new Sponsor(c.delegation(), name(c.delegation()), lifecycle.groupOf(c.delegation(), c.joinedVersion())))
                .toList();
        return new Negotiation(view.draftId(), view.version(), view.updatedAt(), lifecycle.state(),
                lifecycle.revision(), view.document().symbol(), lifecycle.facilitator(), text,
                view.amendments().stream().map(a -> new Amendment(a.amendmentId(), a.proposer(), a.status(),
                        a.proposedVersion(), a.decidedVersion())).toList(),
                view.mainSponsors(), coSponsors, LifecycleView.subsequentlyJoined(view),
                lifecycle.oralRevisions().stream().map(LifecycleResponses::oral).toList(),
                lifecycle.votes().stream().map(LifecycleResponses::vote).toList(),
                adopted ? decision.resolutionSymbol() : null, adopted ? decision.at() : null,
                lifecycle.withdrawal() == null ? null : lifecycle.withdrawal().reason());
    }
}
