package org.plenary.command.draft;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.draft.AcceptAmendmentCommand;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.AddCoSponsorCommand;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentProposal;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.AmendmentWithdrawnEvent;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.CoSponsorWithdrawnEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.ProposeAmendmentCommand;
import org.plenary.shared.draft.RejectAmendmentCommand;
import org.plenary.shared.draft.SubmitDraftCommand;
import org.plenary.shared.draft.WithdrawAmendmentCommand;
import org.plenary.shared.draft.WithdrawCoSponsorCommand;
import org.plenary.shared.delegation.UnknownDelegationException;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.ReplaceText;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per command path of the DraftResolution aggregate, rejections included. */
public class DraftResolutionTest {

    private static final String DRAFT = "d1";
    private static final Instant T0 = Instant.parse("2017-05-23T10:00:00Z");
    private static final Instant T1 = Instant.parse("2017-05-23T11:00:00Z");

    private FixtureConfiguration<DraftResolution> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DraftResolution.class);
    }

    public static DraftDocument document() {
        return new DraftDocument(
                new Header("Economic and Social Council", "Distr.: Limited", "23 May 2017", "English",
                        "Commission on Crime Prevention and Criminal Justice", "Twenty-sixth session",
                        "Vienna, 22-26 May 2017", "Agenda item 7", "World crime trends"),
                "revised draft resolution", "E/CN.15/2017/L.4/Rev.1", List.of("Brazil", "China", "Iran (Islamic Republic of)"),
                null, null, "Strengthening international cooperation to combat cybercrime",
                "The Commission on Crime Prevention and Criminal Justice,",
                List.of(new Paragraph("pp1", "Recalling General Assembly resolution [65/230](#) of 21 December 2010,"),
                        new Paragraph("pp2", "Welcoming the efforts of the Office,")),
                List.of(new Paragraph("op1", "*Requests* the Expert Group to continue its work;"),
                        new Paragraph("op2", "*Decides* that the Expert Group will meet:",
                                List.of(new Item("op2.1", "-", "Chapter 3: Legislation and frameworks", List.of()))),
                        new Paragraph("op3", "*Requests* the Expert Group to report to the Commission.")),
                List.of(), List.of());
    }

    static DraftSubmittedEvent submitted() {
        return new DraftSubmittedEvent(DRAFT, document(), List.of("BRA", "CHN", "IRN"), Actors.SECRETARIAT, T0);
    }

    static AmendmentProposedEvent proposedBy(String actor, String id, long base, List<EditOperation> ops) {
        return new AmendmentProposedEvent(DRAFT, id, base, "clarity", ops, actor, T1);
    }

    static final List<EditOperation> REPLACE_CONTINUE = List.of(new ReplaceText("op1", 31, 39, "pursue"));

    // --- submit

    @Test
    void secretariatSubmitsDraftWithSponsorCodes() {
        fixture.givenNoPriorActivity()
                .when(new SubmitDraftCommand(DRAFT, document(), Actors.SECRETARIAT, T0))
                .expectSuccessfulHandlerExecution()
                .expectEvents(submitted());
    }

    @Test
    void mainSponsorSubmitsDraft() {
        fixture.givenNoPriorActivity()
                .when(new SubmitDraftCommand(DRAFT, document(), "BRA", T0))
                .expectEvents(new DraftSubmittedEvent(DRAFT, document(), List.of("BRA", "CHN", "IRN"), "BRA", T0));
    }

    @Test
    void submitAssignsMissingParagraphIds() {
        DraftDocument withoutIds = new DraftDocument(null, "draft resolution", null, List.of("Brazil"), null, null, "T",
                "The General Assembly,", List.of(new Paragraph(null, "Recalling,")),
                List.of(new Paragraph(null, "*Decides*;"), new Paragraph(null, "*Requests*.")), List.of(), List.of());
        fixture.givenNoPriorActivity()
                .when(new SubmitDraftCommand(DRAFT, withoutIds, "BRA", T0))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.predicate(e -> {
                                    DraftDocument d = ((DraftSubmittedEvent) e).document();
                                    return d.preamble().get(0).id().equals("pp1") && d.operative().get(1).id().equals("op2");
                                }))));
    }

    @Test
    void cannotSubmitForOtherDelegations() {
        fixture.givenNoPriorActivity()
                .when(new SubmitDraftCommand(DRAFT, document(), "FRA", T0))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.SUBMIT_NOT_ALLOWED)
                .expectNoEvents();
    }

    @Test
    void cannotSubmitWithUnknownSponsor() {
        DraftDocument d = document();
        DraftDocument unknown = new DraftDocument(d.header(), d.kind(), d.symbol(), List.of("Brasil"), null, null,
                d.title(), d.subject(), d.preamble(), d.operative(), d.footnotes(), d.closing());
        fixture.givenNoPriorActivity()
                .when(new SubmitDraftCommand(DRAFT, unknown, Actors.SECRETARIAT, T0))
                .expectException(UnknownDelegationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("Brazil"))
                .expectNoEvents();
    }

    @Test
    void cannotSubmitWithoutOperativeParagraphs() {
        DraftDocument d = document();
        DraftDocument empty = new DraftDocument(d.header(), d.kind(), d.symbol(), d.sponsors(), null, null,
                d.title(), d.subject(), d.preamble(), List.of(), d.footnotes(), d.closing());
        fixture.givenNoPriorActivity()
                .when(new SubmitDraftCommand(DRAFT, empty, Actors.SECRETARIAT, T0))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.OPERATIVE_REQUIRED);
    }

    @Test
    void cannotSubmitWithoutTitle() {
        DraftDocument d = document();
        DraftDocument untitled = new DraftDocument(d.header(), d.kind(), d.symbol(), d.sponsors(), null, null,
                " ", d.subject(), d.preamble(), d.operative(), d.footnotes(), d.closing());
        fixture.givenNoPriorActivity()
                .when(new SubmitDraftCommand(DRAFT, untitled, Actors.SECRETARIAT, T0))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.TITLE_REQUIRED);
    }

    @Test
    void cannotSubmitWithDuplicateSponsor() {
        DraftDocument d = document();
        DraftDocument twice = new DraftDocument(d.header(), d.kind(), d.symbol(), List.of("Brazil", "BRA"), null, null,
                d.title(), d.subject(), d.preamble(), d.operative(), d.footnotes(), d.closing());
        fixture.givenNoPriorActivity()
                .when(new SubmitDraftCommand(DRAFT, twice, Actors.SECRETARIAT, T0))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.DUPLICATE_SPONSOR.formatted("BRA"));
    }

    // --- co-sponsors

    @Test
    void delegationJoinsAsCoSponsor() {
        fixture.given(submitted())
                .when(new AddCoSponsorCommand(DRAFT, "FRA", T1))
                .expectEvents(new CoSponsorJoinedEvent(DRAFT, "FRA", "FRA", T1))
                .expectResultMessagePayload(2L);
    }

    @Test
    void cannotJoinTwice() {
        fixture.given(submitted(), new CoSponsorJoinedEvent(DRAFT, "FRA", "FRA", T1))
                .when(new AddCoSponsorCommand(DRAFT, "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.ALREADY_COSPONSOR.formatted("FRA"))
                .expectNoEvents();
    }

    @Test
    void mainSponsorCannotJoinAsCoSponsor() {
        fixture.given(submitted())
                .when(new AddCoSponsorCommand(DRAFT, "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.MAIN_SPONSOR_CANNOT_JOIN.formatted("BRA"));
    }

    @Test
    void secretariatCannotCoSponsor() {
        fixture.given(submitted())
                .when(new AddCoSponsorCommand(DRAFT, Actors.SECRETARIAT, T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.SECRETARIAT_CANNOT_COSPONSOR);
    }

    @Test
    void coSponsorWithdraws() {
        fixture.given(submitted(), new CoSponsorJoinedEvent(DRAFT, "FRA", "FRA", T1))
                .when(new WithdrawCoSponsorCommand(DRAFT, "FRA", T1))
                .expectEvents(new CoSponsorWithdrawnEvent(DRAFT, "FRA", "FRA", T1))
                .expectResultMessagePayload(3L);
    }

    @Test
    void withdrawnCoSponsorMayJoinAgain() {
        fixture.given(submitted(), new CoSponsorJoinedEvent(DRAFT, "FRA", "FRA", T1),
                        new CoSponsorWithdrawnEvent(DRAFT, "FRA", "FRA", T1))
                .when(new AddCoSponsorCommand(DRAFT, "FRA", T1))
                .expectEvents(new CoSponsorJoinedEvent(DRAFT, "FRA", "FRA", T1));
    }

    @Test
    void cannotWithdrawWhenNotCoSponsor() {
        fixture.given(submitted())
                .when(new WithdrawCoSponsorCommand(DRAFT, "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.NOT_A_COSPONSOR.formatted("FRA"));
    }

    @Test
    void mainSponsorCannotWithdrawAsCoSponsor() {
        fixture.given(submitted())
                .when(new WithdrawCoSponsorCommand(DRAFT, "CHN", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.MAIN_SPONSOR_CANNOT_WITHDRAW.formatted("CHN"));
    }

    // --- amendments

    @Test
    void delegationProposesAmendment() {
        fixture.given(submitted())
                .when(new ProposeAmendmentCommand(DRAFT, 1, "clarity", REPLACE_CONTINUE, "FRA", T1))
                .expectEvents(proposedBy("FRA", "A1", 1, REPLACE_CONTINUE))
                .expectResultMessagePayload(new AmendmentProposal("A1", 2));
    }

    @Test
    void insertedParagraphGetsNextIdOfItsSection() {
        List<EditOperation> ops = List.of(new InsertParagraph(Section.OPERATIVE, "op1", "*Urges* Member States;", null),
                new InsertParagraph(Section.PREAMBLE, null, "Noting,", null));
        fixture.given(submitted())
                .when(new ProposeAmendmentCommand(DRAFT, 1, "clarity", ops, "FRA", T1))
                .expectEvents(proposedBy("FRA", "A1", 1, List.of(
                        new InsertParagraph(Section.OPERATIVE, "op1", "*Urges* Member States;", "op4"),
                        new InsertParagraph(Section.PREAMBLE, null, "Noting,", "pp3"))));
    }

    @Test
    void idsReservedByPendingAmendmentsAreNotReused() {
        List<EditOperation> insert = List.of(new InsertParagraph(Section.OPERATIVE, null, "*Notes*;", null));
        fixture.given(submitted(), proposedBy("FRA", "A1", 1,
                        List.of(new InsertParagraph(Section.OPERATIVE, null, "*Notes*;", "op4"))))
                .when(new ProposeAmendmentCommand(DRAFT, 2, "clarity", insert, "DEU", T1))
                .expectEvents(proposedBy("DEU", "A2", 2,
                        List.of(new InsertParagraph(Section.OPERATIVE, null, "*Notes*;", "op5"))));
    }

    @Test
    void cannotProposeInvalidEdit() {
        fixture.given(submitted())
                .when(new ProposeAmendmentCommand(DRAFT, 1, null, List.of(new ReplaceText("op1", 10, 999, "x")), "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("outside the text of op1"))
                .expectNoEvents();
    }

    @Test
    void mainSponsorProposesAmendment() {
        fixture.given(submitted())
                .when(new ProposeAmendmentCommand(DRAFT, 1, "clarity", REPLACE_CONTINUE, "BRA", T1))
                .expectEvents(proposedBy("BRA", "A1", 1, REPLACE_CONTINUE));
    }

    @Test
    void secretariatCannotProposeAmendments() {
        fixture.given(submitted())
                .when(new ProposeAmendmentCommand(DRAFT, 1, "clarity", REPLACE_CONTINUE, Actors.SECRETARIAT, T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.SECRETARIAT_CANNOT_PROPOSE)
                .expectNoEvents();
    }

    @Test
    void cannotProposeWithoutOperations() {
        fixture.given(submitted())
                .when(new ProposeAmendmentCommand(DRAFT, 1, null, List.of(), "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.OPERATIONS_REQUIRED);
    }

    @Test
    void cannotProposeAgainstFutureVersion() {
        fixture.given(submitted())
                .when(new ProposeAmendmentCommand(DRAFT, 7, null, REPLACE_CONTINUE, "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.BASE_VERSION_AHEAD.formatted(7, 1));
    }

    @Test
    void cannotProposeAgainstVersionZero() {
        fixture.given(submitted())
                .when(new ProposeAmendmentCommand(DRAFT, 0, null, REPLACE_CONTINUE, "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.BASE_VERSION_INVALID.formatted(0));
    }

    @Test
    void amendmentToUnchangedParagraphAppliesAgainstOlderVersion() {
        List<EditOperation> other = List.of(new ReplaceText("op3", 0, 10, "*Invites*"));
        fixture.given(submitted(), proposedBy("DEU", "A1", 1, other),
                        new AmendmentAcceptedEvent(DRAFT, "A1", other, "BRA", T1))
                .when(new ProposeAmendmentCommand(DRAFT, 1, null, REPLACE_CONTINUE, "FRA", T1))
                .expectEvents(new AmendmentProposedEvent(DRAFT, "A2", 3, null, REPLACE_CONTINUE, "FRA", T1));
    }

    @Test
    void amendmentToOtherWordsOfAChangedParagraphIsCarriedOverTheChange() {
        List<EditOperation> other = List.of(new ReplaceText("op1", 0, 10, "*Invites*"));
        fixture.given(submitted(), proposedBy("DEU", "A1", 1, other),
                        new AmendmentAcceptedEvent(DRAFT, "A1", other, "BRA", T1))
                .when(new ProposeAmendmentCommand(DRAFT, 1, null, REPLACE_CONTINUE, "FRA", T1))
                .expectEvents(new AmendmentProposedEvent(DRAFT, "A2", 3, null,
                        List.of(new ReplaceText("op1", 30, 38, "pursue")), "FRA", T1));
    }

    @Test
    void amendmentToWordsChangedSinceItsBaseIsRefusedAndSaysWhatChanged() {
        List<EditOperation> other = List.of(new ReplaceText("op1", 31, 39, "go on with"));
        fixture.given(submitted(), proposedBy("DEU", "A1", 1, other),
                        new AmendmentAcceptedEvent(DRAFT, "A1", other, "BRA", T1))
                .when(new ProposeAmendmentCommand(DRAFT, 1, null, REPLACE_CONTINUE, "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.OVERTAKEN_SINCE_BASE.formatted(1,
                        "in operative paragraph 1, the words “continue” it replaces were changed by A1"))
                .expectNoEvents();
    }

    @Test
    void amendmentToDeletedParagraphIsRefused() {
        List<EditOperation> delete = List.of(new DeleteParagraph("op2"));
        fixture.given(submitted(), proposedBy("DEU", "A1", 1, delete),
                        new AmendmentAcceptedEvent(DRAFT, "A1", delete, "BRA", T1))
                .when(new ProposeAmendmentCommand(DRAFT, 1, null, List.of(new ReplaceText("op2.1", 0, 7, "Part")), "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("was deleted by A1"));
    }

    @Test
    void mainSponsorAcceptsAmendment() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE))
                .when(new AcceptAmendmentCommand(DRAFT, "A1", "CHN", T1))
                .expectEvents(new AmendmentAcceptedEvent(DRAFT, "A1", REPLACE_CONTINUE, "CHN", T1))
                .expectResultMessagePayload(3L);
    }

    @Test
    void acceptedAmendmentChangesTheTextLaterAmendmentsSee() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE),
                        new AmendmentAcceptedEvent(DRAFT, "A1", REPLACE_CONTINUE, "CHN", T1))
                .when(new ProposeAmendmentCommand(DRAFT, 3, null, List.of(new ReplaceText("op1", 31, 37, "carry on")), "DEU", T1))
                .expectSuccessfulHandlerExecution()
                .expectState(draft -> assertThat(draft).extracting("document")
                        .extracting(d -> ((DraftDocument) d).operative().get(0).text())
                        .isEqualTo("*Requests* the Expert Group to pursue its work;"));
    }

    @Test
    void cannotAcceptWithoutSponsorRights() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE))
                .when(new AcceptAmendmentCommand(DRAFT, "A1", "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.ONLY_MAIN_SPONSORS_DECIDE.formatted("accept"))
                .expectNoEvents();
    }

    @Test
    void coSponsorCannotAccept() {
        fixture.given(submitted(), new CoSponsorJoinedEvent(DRAFT, "FRA", "FRA", T1),
                        proposedBy("DEU", "A1", 2, REPLACE_CONTINUE))
                .when(new AcceptAmendmentCommand(DRAFT, "A1", "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.ONLY_MAIN_SPONSORS_DECIDE.formatted("accept"));
    }

    @Test
    void cannotAcceptUnknownAmendment() {
        fixture.given(submitted())
                .when(new AcceptAmendmentCommand(DRAFT, "A9", "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.NO_SUCH_AMENDMENT.formatted("A9"));
    }

    @Test
    void cannotAcceptTwice() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE),
                        new AmendmentAcceptedEvent(DRAFT, "A1", REPLACE_CONTINUE, "CHN", T1))
                .when(new AcceptAmendmentCommand(DRAFT, "A1", "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.AMENDMENT_NOT_PENDING.formatted("A1", "accepted"));
    }

    @Test
    void cannotAcceptAmendmentOvertakenByAnother() {
        List<EditOperation> other = List.of(new ReplaceText("op1", 31, 39, "go on with"));
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), proposedBy("DEU", "A2", 2, other),
                        new AmendmentAcceptedEvent(DRAFT, "A2", other, "BRA", T1),
                        new org.plenary.shared.draft.AmendmentOvertakenEvent(DRAFT, "A1", "A2", List.of("changed"), false,
                                "BRA", T1))
                .when(new AcceptAmendmentCommand(DRAFT, "A1", "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.AMENDMENT_NOT_PENDING.formatted("A1", "overtaken"));
    }

    @Test
    void mainSponsorRejectsAmendment() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE))
                .when(new RejectAmendmentCommand(DRAFT, "A1", "not agreed", "IRN", T1))
                .expectEvents(new AmendmentRejectedEvent(DRAFT, "A1", "not agreed", "IRN", T1));
    }

    @Test
    void cannotRejectWithoutSponsorRights() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE))
                .when(new RejectAmendmentCommand(DRAFT, "A1", null, Actors.SECRETARIAT, T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.ONLY_MAIN_SPONSORS_DECIDE.formatted("reject"));
    }

    @Test
    void cannotRejectWithdrawnAmendment() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE),
                        new AmendmentWithdrawnEvent(DRAFT, "A1", "FRA", T1))
                .when(new RejectAmendmentCommand(DRAFT, "A1", null, "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.AMENDMENT_NOT_PENDING.formatted("A1", "withdrawn"));
    }

    @Test
    void proposerWithdrawsAmendment() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE))
                .when(new WithdrawAmendmentCommand(DRAFT, "A1", "FRA", T1))
                .expectEvents(new AmendmentWithdrawnEvent(DRAFT, "A1", "FRA", T1));
    }

    @Test
    void onlyProposerWithdrawsAmendment() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE))
                .when(new WithdrawAmendmentCommand(DRAFT, "A1", "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.ONLY_PROPOSER_WITHDRAWS.formatted("FRA", "A1"));
    }

    @Test
    void cannotWithdrawRejectedAmendment() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE),
                        new AmendmentRejectedEvent(DRAFT, "A1", null, "BRA", T1))
                .when(new WithdrawAmendmentCommand(DRAFT, "A1", "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.AMENDMENT_NOT_PENDING.formatted("A1", "rejected"));
    }
}
