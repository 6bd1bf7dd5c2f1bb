package org.plenary.command.draft;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Header;
import org.plenary.shared.draft.ActionResult;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.DraftActedOnEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.MembersRegisteredEvent;
import org.plenary.shared.draft.ParagraphRemovedByVoteEvent;
import org.plenary.shared.draft.RegisterMembersCommand;
import org.plenary.shared.draft.TakeActionCommand;
import org.plenary.shared.draft.VoteRecordedEvent;
import org.plenary.shared.edit.DeleteParagraph;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.plenary.command.draft.DraftResolutionTest.REPLACE_CONTINUE;
import static org.plenary.command.draft.DraftResolutionTest.proposedBy;
import static org.plenary.command.draft.DraftResolutionTest.submitted;

/** The members of the body and the action on the draft: consensus, recorded votes, separate votes. */
class VotingTest {

    private static final String DRAFT = "d1";
    private static final String SEC = Actors.SECRETARIAT;
    private static final Instant T1 = Instant.parse("2017-05-25T11:00:00Z");
    private static final List<String> COMMISSION = List.of("BRA", "CHN", "FRA", "EGY", "USA");
    private static final MembersRegisteredEvent REGISTERED = new MembersRegisteredEvent(DRAFT, COMMISSION, SEC, T1);

    private FixtureConfiguration<DraftResolution> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DraftResolution.class);
    }

    private static TakeActionCommand vote(String on, String paragraphId, String amendmentId, Map<String, String> votes) {
        return new TakeActionCommand(DRAFT, "recordedVote", on, paragraphId, amendmentId, votes, false, "26/2", SEC, T1);
    }

    private static VoteRecordedEvent recorded(String id, String on, String paragraphId, String amendmentId,
                                              Map<String, String> votes, List<String> absent, int y, int n, int a,
                                              String result) {
        return new VoteRecordedEvent(DRAFT, id, on, paragraphId, amendmentId, votes, absent, y, n, a, "simple", result,
                SEC, T1);
    }

    // --- members

    @Test
    void theSecretariatRegistersTheMembersByCodeOrName() {
        fixture.given(submitted())
                .when(new RegisterMembersCommand(DRAFT, List.of("Brazil", "CHN", "FRA", "Egypt", "USA", "BRA"), SEC, T1))
                .expectEvents(REGISTERED)
                .expectResultMessagePayload(2L);
    }

    @Test
    void membersAreMemberStatesNamedByTheSecretariat() {
        fixture.given(submitted())
                .when(new RegisterMembersCommand(DRAFT, List.of("BRA", "VAT", "EUU"), SEC, T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.NOT_MEMBER_STATES.formatted("VAT, EUU"))
                .expectNoEvents();
        fixture.given(submitted())
                .when(new RegisterMembersCommand(DRAFT, List.of(), SEC, T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.MEMBERS_REQUIRED);
        fixture.given(submitted())
                .when(new RegisterMembersCommand(DRAFT, List.of("BRA"), "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.ONLY_SECRETARIAT.formatted("register the members of the body"));
    }

    // --- consensus and the vote on the whole

    @Test
    void consensusAdoptsTheDraftWithItsResolutionSymbol() {
        fixture.given(submitted())
                .when(new TakeActionCommand(DRAFT, "consensus", null, null, null, null, false, " 26/2 ", SEC, T1))
                .expectEvents(new DraftActedOnEvent(DRAFT, "adopted", "consensus", null, "26/2", SEC, T1))
                .expectResultMessagePayload(new ActionResult(null, "adopted", 0, 0, 0, 0, 2));
    }

    @Test
    void aRecordedVoteOnTheWholeAdoptsAndCountsTheAbsent() {
        Map<String, String> votes = Map.of("BRA", "yes", "CHN", "abstain", "FRA", "yes", "EGY", "no");
        fixture.given(submitted(), REGISTERED)
                .when(vote("draft", null, null, votes))
                .expectEvents(recorded("V1", "draft", null, null, votes, List.of("USA"), 2, 1, 1, "adopted"),
                        new DraftActedOnEvent(DRAFT, "adopted", "recordedVote", "V1", "26/2", SEC, T1))
                .expectResultMessagePayload(new ActionResult("V1", "adopted", 2, 1, 1, 1, 4));
    }

    @Test
    void aTiedVoteRejectsTheDraft() {
        Map<String, String> votes = Map.of("BRA", "yes", "FRA", "no");
        fixture.given(submitted(), REGISTERED)
                .when(vote("draft", null, null, votes))
                .expectEvents(recorded("V1", "draft", null, null, votes, List.of("CHN", "EGY", "USA"), 1, 1, 0, "rejected"),
                        new DraftActedOnEvent(DRAFT, "rejected", "recordedVote", "V1", null, SEC, T1));
    }

    @Test
    void inTheSecurityCouncilAPermanentMembersNoIsAVeto() {
        DraftDocument d = DraftResolutionTest.document();
        DraftDocument council = new DraftDocument(new Header("Security Council", null, null, null, null, null, null,
                null, null), "draft resolution", "S/2026/1", d.sponsors(), null, null, d.title(), d.subject(),
                d.preamble(), d.operative(), d.footnotes(), d.closing());
        List<String> members = List.of("CHN", "FRA", "RUS", "GBR", "USA", "DZA", "GUY", "KOR", "SLE", "SVN", "DNK",
                "GRC", "PAK", "PAN", "SOM");
        Map<String, String> votes = new java.util.HashMap<>();
        members.forEach(m -> votes.put(m, "yes"));
        votes.put("RUS", "no");
        fixture.given(new DraftSubmittedEvent(DRAFT, council, List.of("BRA", "CHN", "IRN"), SEC, T1),
                        new MembersRegisteredEvent(DRAFT, members, SEC, T1))
                .when(vote("draft", null, null, votes))
                .expectEvents(new VoteRecordedEvent(DRAFT, "V1", "draft", null, null, votes, List.of(), 14, 1, 0,
                                "securityCouncil", "rejected", SEC, T1),
                        new DraftActedOnEvent(DRAFT, "rejected", "recordedVote", "V1", null, SEC, T1));
    }

    @Test
    void everyMemberStateVotesInTheGeneralAssemblyButNoObserver() {
        fixture.given(submitted())
                .when(vote("draft", null, null, Map.of("BRA", "yes", "VAT", "yes", "PSE", "no")))
                .expectException(DraftRejection.class)
                .expectExceptionMessage("votes: PSE, VAT are not members of the body and cannot vote "
                        + "(observers and non-members do not vote)")
                .expectNoEvents();
        fixture.given(submitted(), REGISTERED)
                .when(vote("draft", null, null, Map.of("DEU", "yes")))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("votes: DEU is not a member"));
    }

    @Test
    void anActionIsRecordedByTheSecretariatWithAKnownMethod() {
        fixture.given(submitted())
                .when(new TakeActionCommand(DRAFT, "consensus", null, null, null, null, false, null, "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.ONLY_SECRETARIAT.formatted("record the body's action on a draft"));
        fixture.given(submitted())
                .when(new TakeActionCommand(DRAFT, "acclamation", null, null, null, null, false, null, SEC, T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.METHOD_REQUIRED);
        fixture.given(submitted())
                .when(vote("resolution", null, null, Map.of()))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.ON_REQUIRED);
        fixture.given(submitted())
                .when(vote("draft", null, null, null))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.VOTES_REQUIRED);
    }

    @Test
    void aVoteOnADecidedDraftIsAConflict() {
        fixture.given(submitted(), new DraftActedOnEvent(DRAFT, "adopted", "consensus", null, "26/2", SEC, T1))
                .when(vote("draft", null, null, Map.of("BRA", "yes")))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.ADOPTED.formatted(" as resolution 26/2", "2017-05-25"));
    }

    // --- separate votes

    @Test
    void aParagraphRejectedInASeparateVoteIsRemoved() {
        Map<String, String> votes = Map.of("BRA", "yes", "FRA", "no", "USA", "no");
        fixture.given(submitted(), REGISTERED)
                .when(vote("paragraph", "op3", null, votes))
                .expectEvents(recorded("V1", "paragraph", "op3", null, votes, List.of("CHN", "EGY"), 1, 2, 0, "rejected"),
                        new ParagraphRemovedByVoteEvent(DRAFT, "V1", "op3", List.of(new DeleteParagraph("op3")), SEC, T1));
    }

    @Test
    void aParagraphRetainedStays() {
        Map<String, String> votes = Map.of("BRA", "yes");
        fixture.given(submitted(), REGISTERED)
                .when(vote("paragraph", "op3", null, votes))
                .expectEvents(recorded("V1", "paragraph", "op3", null, votes, List.of("CHN", "FRA", "EGY", "USA"), 1, 0, 0,
                        "adopted"));
    }

    @Test
    void aSeparateVoteIsOnAWholeParagraphOfTheText() {
        fixture.given(submitted(), REGISTERED)
                .when(vote("paragraph", "op9", null, Map.of()))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.NO_SUCH_PARAGRAPH.formatted("op9"));
        fixture.given(submitted(), REGISTERED)
                .when(vote("paragraph", "op2.1", null, Map.of()))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.NOT_A_PARAGRAPH.formatted("op2.1"));
        fixture.given(submitted(), REGISTERED)
                .when(vote("paragraph", null, null, Map.of()))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.PARAGRAPH_ID_REQUIRED);
    }

    @Test
    void anAmendmentAdoptedByVoteIsApplied() {
        Map<String, String> votes = Map.of("BRA", "yes", "FRA", "yes");
        fixture.given(submitted(), REGISTERED, proposedBy("FRA", "A1", 2, REPLACE_CONTINUE))
                .when(vote("amendment", null, "A1", votes))
                .expectEvents(recorded("V1", "amendment", null, "A1", votes, List.of("CHN", "EGY", "USA"), 2, 0, 0, "adopted"),
                        new AmendmentAcceptedEvent(DRAFT, "A1", REPLACE_CONTINUE, SEC, T1));
    }

    @Test
    void anAmendmentRejectedByVoteIsRejectedWithTheVote() {
        Map<String, String> votes = Map.of("FRA", "yes", "CHN", "no", "BRA", "no");
        fixture.given(submitted(), REGISTERED, proposedBy("FRA", "A1", 2, REPLACE_CONTINUE))
                .when(vote("amendment", null, "A1", votes))
                .expectEvents(recorded("V1", "amendment", null, "A1", votes, List.of("EGY", "USA"), 1, 2, 0, "rejected"),
                        new AmendmentRejectedEvent(DRAFT, "A1", "rejected by recorded vote V1", SEC, T1));
    }

    @Test
    void onlyAPendingAmendmentIsVotedOn() {
        fixture.given(submitted(), REGISTERED, proposedBy("FRA", "A1", 2, REPLACE_CONTINUE),
                        new AmendmentRejectedEvent(DRAFT, "A1", null, "BRA", T1))
                .when(vote("amendment", null, "A1", Map.of("BRA", "yes")))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.AMENDMENT_NOT_PENDING.formatted("A1", "rejected"));
        fixture.given(submitted(), REGISTERED)
                .when(vote("amendment", null, "A7", Map.of("BRA", "yes")))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.NO_SUCH_AMENDMENT.formatted("A7"));
    }

    @Test
    void votesAreNumberedInOrder() {
        Map<String, String> votes = Map.of("BRA", "yes");
        fixture.given(submitted(), REGISTERED,
                        recorded("V1", "paragraph", "op3", null, votes, List.of("CHN", "FRA", "EGY", "USA"), 1, 0, 0, "adopted"))
                .when(vote("draft", null, null, votes))
                .expectResultMessagePayload(new ActionResult("V2", "adopted", 1, 0, 0, 4, 5));
    }

    @Test
    void consensusIsOnTheWholeAndAVoteOnTheWholeNamesNoPart() {
        fixture.given(submitted())
                .when(new TakeActionCommand(DRAFT, "consensus", "paragraph", "op1", null, null, false, null, SEC, T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.CONSENSUS_ON_DRAFT)
                .expectNoEvents();
        fixture.given(submitted(), REGISTERED)
                .when(vote("draft", "op1", null, Map.of("BRA", "yes")))
                .expectException(DraftRejection.class)
                .expectExceptionMessage("a vote on the draft as a whole names no paragraph or amendment");
        fixture.given(submitted(), REGISTERED)
                .when(vote("amendment", null, null, Map.of("BRA", "yes")))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.AMENDMENT_ID_REQUIRED);
    }

    @Test
    void theLastOperativeParagraphCannotBeVotedAway() {
        DraftDocument d = DraftResolutionTest.document();
        DraftDocument one = new DraftDocument(d.header(), d.kind(), d.symbol(), d.sponsors(), null, null, d.title(),
                d.subject(), d.preamble(), d.operative().subList(0, 1), d.footnotes(), d.closing());
        fixture.given(new DraftSubmittedEvent(DRAFT, one, List.of("BRA", "CHN", "IRN"), SEC, T1), REGISTERED)
                .when(vote("paragraph", "op1", null, Map.of("FRA", "no")))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("paragraph op1 cannot be removed: "))
                .expectNoEvents();
    }
}
