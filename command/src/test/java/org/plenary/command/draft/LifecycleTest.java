package org.plenary.command.draft;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.shared.draft.AcceptAmendmentCommand;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.AddCoSponsorCommand;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AppointFacilitatorCommand;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.DraftActedOnEvent;
import org.plenary.shared.draft.DraftWithdrawnEvent;
import org.plenary.shared.draft.FacilitatorAppointedEvent;
import org.plenary.shared.draft.IssueRevisionCommand;
import org.plenary.shared.draft.MakeOralRevisionCommand;
import org.plenary.shared.draft.OralRevision;
import org.plenary.shared.draft.OralRevisionMadeEvent;
import org.plenary.shared.draft.ProposeAmendmentCommand;
import org.plenary.shared.draft.RevisionIssue;
import org.plenary.shared.draft.RevisionIssuedEvent;
import org.plenary.shared.draft.WithdrawDraftCommand;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.ReplaceText;

import java.time.Instant;
import java.util.List;

import static org.plenary.command.draft.DraftResolutionTest.REPLACE_CONTINUE;
import static org.plenary.command.draft.DraftResolutionTest.proposedBy;
import static org.plenary.command.draft.DraftResolutionTest.submitted;

/** The facilitator, withdrawal, the refusal of a closed draft, group sponsorship, revisions and oral revisions. */
class LifecycleTest {

    private static final String DRAFT = "d1";
    private static final Instant T1 = Instant.parse("2017-05-23T11:00:00Z");
    private static final Instant T2 = Instant.parse("2017-05-24T09:00:00Z");
    private static final List<EditOperation> OP3_EDIT = List.of(new ReplaceText("op3", 15, 27, "Working Group"));

    private FixtureConfiguration<DraftResolution> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DraftResolution.class);
    }

    // --- facilitator

    @Test
    void secretariatAppointsAFacilitatorByNameOrCode() {
        fixture.given(submitted())
                .when(new AppointFacilitatorCommand(DRAFT, "Norway", Actors.SECRETARIAT, T1))
                .expectEvents(new FacilitatorAppointedEvent(DRAFT, "NOR", Actors.SECRETARIAT, T1))
                .expectResultMessagePayload(2L);
    }

    @Test
    void onlyTheSecretariatAppointsAFacilitator() {
        fixture.given(submitted())
                .when(new AppointFacilitatorCommand(DRAFT, "NOR", "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.ONLY_SECRETARIAT.formatted("appoint a facilitator"))
                .expectNoEvents();
    }

    @Test
    void aFacilitatorIsAKnownDelegationAppointedOnce() {
        fixture.given(submitted())
                .when(new AppointFacilitatorCommand(DRAFT, "Narnia", Actors.SECRETARIAT, T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("delegation: "))
                .expectNoEvents();
        fixture.given(submitted(), new FacilitatorAppointedEvent(DRAFT, "NOR", Actors.SECRETARIAT, T1))
                .when(new AppointFacilitatorCommand(DRAFT, "NOR", Actors.SECRETARIAT, T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.ALREADY_FACILITATOR.formatted("NOR"));
    }

    @Test
    void theFacilitatorHasTheMainSponsorsRights() {
        fixture.given(submitted(), new FacilitatorAppointedEvent(DRAFT, "NOR", Actors.SECRETARIAT, T1),
                        proposedBy("FRA", "A1", 2, REPLACE_CONTINUE))
                .when(new AcceptAmendmentCommand(DRAFT, "A1", "NOR", T2))
                .expectEvents(new AmendmentAcceptedEvent(DRAFT, "A1", REPLACE_CONTINUE, "NOR", T2));
    }

    // --- withdrawal and the closed draft

    @Test
    void aMainSponsorWithdrawsTheDraftWithAReason() {
        fixture.given(submitted())
                .when(new WithdrawDraftCommand(DRAFT, " superseded by L.7 ", "CHN", T1))
                .expectEvents(new DraftWithdrawnEvent(DRAFT, "superseded by L.7", "CHN", T1));
    }

    @Test
    void onlyAMainSponsorWithdrawsAndSaysWhy() {
        fixture.given(submitted(), new FacilitatorAppointedEvent(DRAFT, "NOR", Actors.SECRETARIAT, T1))
                .when(new WithdrawDraftCommand(DRAFT, "no", "NOR", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.ONLY_MAIN_SPONSORS_WITHDRAW);
        fixture.given(submitted())
                .when(new WithdrawDraftCommand(DRAFT, " ", "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.REASON_REQUIRED);
    }

    @Test
    void aWithdrawnDraftRefusesEveryCommandSayingWhy() {
        fixture.given(submitted(), new DraftWithdrawnEvent(DRAFT, "superseded", "BRA", T1))
                .when(new AddCoSponsorCommand(DRAFT, "FRA", T2))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.WITHDRAWN.formatted("BRA", "2017-05-23", "superseded"))
                .expectNoEvents();
        fixture.given(submitted(), new DraftWithdrawnEvent(DRAFT, "superseded", "BRA", T1))
                .when(new WithdrawDraftCommand(DRAFT, "again", "BRA", T2))
                .expectException(DraftRejection.class)
                .expectNoEvents();
        // the amendment commands are decided by members of a member (AmendmentProposals, AmendmentDecisions): the
        // root's interceptor covers them too
        fixture.given(submitted(), new DraftWithdrawnEvent(DRAFT, "superseded", "BRA", T1))
                .when(new ProposeAmendmentCommand(DRAFT, 1, null, REPLACE_CONTINUE, "FRA", T2))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.WITHDRAWN.formatted("BRA", "2017-05-23", "superseded"))
                .expectNoEvents();
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE),
                        new DraftWithdrawnEvent(DRAFT, "superseded", "BRA", T1))
                .when(new AcceptAmendmentCommand(DRAFT, "A1", "BRA", T2))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.WITHDRAWN.formatted("BRA", "2017-05-23", "superseded"))
                .expectNoEvents();
    }

    @Test
    void anAdoptedDraftRefusesEveryCommandSayingWhy() {
        fixture.given(submitted(), new DraftActedOnEvent(DRAFT, "adopted", "consensus", null, "26/2", Actors.SECRETARIAT, T1))
                .when(new IssueRevisionCommand(DRAFT, 2, List.of(), null, "BRA", T2))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.ADOPTED.formatted(" as resolution 26/2", "2017-05-23"))
                .expectNoEvents();
        fixture.given(submitted(), new DraftActedOnEvent(DRAFT, "rejected", "recordedVote", "V1", null, Actors.SECRETARIAT, T1))
                .when(new AppointFacilitatorCommand(DRAFT, "NOR", Actors.SECRETARIAT, T2))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.REJECTED.formatted("V1", "2017-05-23"));
    }

    // --- group sponsorship

    @Test
    void aMemberJoinsOnBehalfOfItsGroup() {
        fixture.given(submitted())
                .when(new AddCoSponsorCommand(DRAFT, "african group", "EGY", T1))
                .expectEvents(new CoSponsorJoinedEvent(DRAFT, "EGY", "Group of African States", "EGY", T1));
    }

    @Test
    void onlyAMemberSpeaksForAGroupThatExists() {
        fixture.given(submitted())
                .when(new AddCoSponsorCommand(DRAFT, "Group of African States", "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.NOT_IN_GROUP.formatted("FRA", "Group of African States"));
        fixture.given(submitted())
                .when(new AddCoSponsorCommand(DRAFT, "G77", "EGY", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("onBehalfOf: \"G77\" is not a group"));
    }

    // --- revisions

    @Test
    void aMainSponsorIssuesTheNextRevisionListingTheCoSponsorsSoFar() {
        // submitted as …/L.4/Rev.1 (issued before the draft came to Plenary): the first revision here is Rev.1 again
        fixture.given(submitted(), new CoSponsorJoinedEvent(DRAFT, "FRA", "FRA", T1))
                .when(new IssueRevisionCommand(DRAFT, 2, null, "as agreed in informals", "BRA", T2))
                .expectEvents(new RevisionIssuedEvent(DRAFT, 1, "E/CN.15/2017/L.4/Rev.1", 2, List.of(),
                        "as agreed in informals", List.of("BRA", "CHN", "IRN", "FRA"), "BRA", T2))
                .expectResultMessagePayload(new RevisionIssue(1, "E/CN.15/2017/L.4/Rev.1", 3));
    }

    @Test
    void theFacilitatorIssuesARevisionWithFurtherEdits() {
        fixture.given(submitted(), new FacilitatorAppointedEvent(DRAFT, "NOR", Actors.SECRETARIAT, T1),
                        new RevisionIssuedEvent(DRAFT, 1, "E/CN.15/2017/L.4/Rev.1", 2, List.of(), null,
                                List.of("BRA", "CHN", "IRN"), "BRA", T1))
                .when(new IssueRevisionCommand(DRAFT, 3, OP3_EDIT, null, "NOR", T2))
                .expectEvents(new RevisionIssuedEvent(DRAFT, 2, "E/CN.15/2017/L.4/Rev.2", 3, OP3_EDIT, null,
                        List.of("BRA", "CHN", "IRN"), "NOR", T2));
    }

    @Test
    void onlySponsorsOrTheFacilitatorIssueRevisions() {
        fixture.given(submitted())
                .when(new IssueRevisionCommand(DRAFT, 1, List.of(), null, "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.ONLY_SPONSORS_OR_FACILITATOR.formatted("issue a revision"));
    }

    @Test
    void aRevisionIsWrittenAgainstAVersionThatExistsAndTextItCanChange() {
        fixture.given(submitted())
                .when(new IssueRevisionCommand(DRAFT, 5, List.of(), null, "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.BASE_VERSION_AHEAD.formatted(5, 1));
        fixture.given(submitted())
                .when(new IssueRevisionCommand(DRAFT, 0, List.of(), null, "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.BASE_VERSION_INVALID.formatted(0));
        fixture.given(submitted())
                .when(new IssueRevisionCommand(DRAFT, 1, List.of(new ReplaceText("op9", 0, 1, "x")), null, "BRA", T1))
                .expectException(DraftRejection.class)
                .expectNoEvents();
        // written against version 1: carried over A1 where A1 did not change what it edits, refused where it did
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE),
                        new AmendmentAcceptedEvent(DRAFT, "A1", REPLACE_CONTINUE, "BRA", T1))
                .when(new IssueRevisionCommand(DRAFT, 1, List.of(new ReplaceText("op1", 0, 10, "*Asks*")), null, "BRA", T2))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new RevisionIssue(1, "E/CN.15/2017/L.4/Rev.1", 4));
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE),
                        new AmendmentAcceptedEvent(DRAFT, "A1", REPLACE_CONTINUE, "BRA", T1))
                .when(new IssueRevisionCommand(DRAFT, 1, REPLACE_CONTINUE, null, "BRA", T2))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("A1"))
                .expectNoEvents();
    }

    @Test
    void aRevisionLapsesThePendingAmendmentsWhoseWordsItChangesAndCarriesTheOthers() {
        List<EditOperation> elsewhere = List.of(new ReplaceText("op1", 0, 10, "*Asks*"));
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), proposedBy("DEU", "A2", 1, elsewhere))
                .when(new IssueRevisionCommand(DRAFT, 3, List.of(new ReplaceText("op1", 31, 39, "carry on")), null, "BRA", T2))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.instanceOf(RevisionIssuedEvent.class),
                                org.hamcrest.Matchers.instanceOf(org.plenary.shared.draft.AmendmentsRebasedEvent.class),
                                lapsed("A1", "Rev.1"),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    private static org.hamcrest.Matcher<Object> lapsed(String amendmentId, String source) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof org.plenary.shared.draft.AmendmentOvertakenEvent e && e.amendmentId().equals(amendmentId)
                        && e.lapsed() && e.source().equals(source) && !e.reasons().isEmpty();
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText(amendmentId + " lapsed with " + source);
            }
        };
    }

    // --- oral revisions

    @Test
    void aMainSponsorRevisesOrallyAtOnce() {
        fixture.given(submitted())
                .when(new MakeOralRevisionCommand(DRAFT, 1, OP3_EDIT, "In operative paragraph 3, replace …", "IRN", T1))
                .expectEvents(new OralRevisionMadeEvent(DRAFT, 1, 1, OP3_EDIT, "In operative paragraph 3, replace …",
                        "IRN", T1))
                .expectResultMessagePayload(new OralRevision(1, 2));
    }

    @Test
    void oralRevisionsAreNumberedAndNeedOperationsAndTheRight() {
        fixture.given(submitted(), new OralRevisionMadeEvent(DRAFT, 1, 1, OP3_EDIT, null, "BRA", T1))
                .when(new MakeOralRevisionCommand(DRAFT, 2, REPLACE_CONTINUE, null, "BRA", T2))
                .expectEvents(new OralRevisionMadeEvent(DRAFT, 2, 2, REPLACE_CONTINUE, null, "BRA", T2));
        fixture.given(submitted())
                .when(new MakeOralRevisionCommand(DRAFT, 1, List.of(), "nothing", "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.OPERATIONS_REQUIRED);
        fixture.given(submitted())
                .when(new MakeOralRevisionCommand(DRAFT, 1, OP3_EDIT, null, "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(LifecycleRejections.ONLY_SPONSORS_OR_FACILITATOR.formatted("revise it orally"));
    }
}
