package org.plenary.command.draft;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.shared.consultation.ParagraphStatus;
import org.plenary.shared.draft.AcceptAmendmentCommand;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.AlternativeChosenEvent;
import org.plenary.shared.draft.AlternativeProposal;
import org.plenary.shared.draft.AlternativeProposedEvent;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentProposal;
import org.plenary.shared.draft.BracketLiftedEvent;
import org.plenary.shared.draft.BracketPlacedEvent;
import org.plenary.shared.draft.BracketPlacement;
import org.plenary.shared.draft.BracketsMovedEvent;
import org.plenary.shared.draft.ChooseAlternativeCommand;
import org.plenary.shared.draft.LiftBracketCommand;
import org.plenary.shared.draft.ParagraphStatusChangedEvent;
import org.plenary.shared.draft.PlaceBracketCommand;
import org.plenary.shared.draft.ProposeAlternativeCommand;
import org.plenary.shared.draft.ProposeAmendmentCommand;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.SetParagraphStatusCommand;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.ReplaceParagraph;
import org.plenary.shared.edit.ReplaceText;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.command.draft.DraftResolutionTest.proposedBy;
import static org.plenary.command.draft.DraftResolutionTest.submitted;

/**
 * One test per command path of informal consultations (statuses, brackets, alternatives) and each refusal. The
 * draft is {@link DraftResolutionTest#document()}: op1 "*Requests* the Expert Group to continue its work;", main
 * sponsors Brazil, China and Iran.
 */
class ConsultationTest {

    private static final String DRAFT = "d1";
    private static final Instant T2 = Instant.parse("2017-05-24T10:00:00Z");
    private static final String OP1 = "*Requests* the Expert Group to continue its work;";
    private static final String URGES = "*Urges* the Expert Group to pursue its work;";

    private FixtureConfiguration<DraftResolution> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DraftResolution.class);
    }

    private static ParagraphStatusChangedEvent status(String id, ParagraphStatus status, ParagraphStatus previous) {
        return new ParagraphStatusChangedEvent(DRAFT, id, status, previous, null, "BRA", T2);
    }

    /** Brackets around "Expert Group" in op1, asked for by France. */
    private static BracketPlacedEvent expertGroupBracketed() {
        return new BracketPlacedEvent(DRAFT, "B1", "op1", 15, 27, "Expert Group", "FRA", null, null, "FRA", T2);
    }

    private static AlternativeProposedEvent alternative(int number, String text, String by) {
        return new AlternativeProposedEvent(DRAFT, "op1", number, text, null, by, T2);
    }

    // --- statuses

    @Test
    void mainSponsorMarksAParagraphAgreedAdRef() {
        fixture.given(submitted())
                .when(new SetParagraphStatusCommand(DRAFT, "op1", ParagraphStatus.AGREED_AD_REF, "pending capitals", "BRA", T2))
                .expectEvents(new ParagraphStatusChangedEvent(DRAFT, "op1", ParagraphStatus.AGREED_AD_REF,
                        ParagraphStatus.OPEN, "pending capitals", "BRA", T2))
                .expectResultMessagePayload(2L);
    }

    @Test
    void anAgreedParagraphIsReopened() {
        fixture.given(submitted(), status("op1", ParagraphStatus.AGREED, ParagraphStatus.OPEN))
                .when(new SetParagraphStatusCommand(DRAFT, "op1", ParagraphStatus.OPEN, null, "CHN", T2))
                .expectEvents(new ParagraphStatusChangedEvent(DRAFT, "op1", ParagraphStatus.OPEN, ParagraphStatus.AGREED,
                        null, "CHN", T2));
    }

    @Test
    void onlyMainSponsorsMarkStatuses() {
        fixture.given(submitted())
                .when(new SetParagraphStatusCommand(DRAFT, "op1", ParagraphStatus.AGREED, null, "FRA", T2))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(ConsultationRejections.ONLY_SPONSORS_OR_FACILITATOR.formatted("mark the status of paragraphs"))
                .expectNoEvents();
    }

    @Test
    void aStatusIsRequired() {
        fixture.given(submitted())
                .when(new SetParagraphStatusCommand(DRAFT, "op1", null, null, "BRA", T2))
                .expectExceptionMessage(ConsultationRejections.STATUS_REQUIRED)
                .expectNoEvents();
    }

    @Test
    void anUnknownParagraphHasNoStatus() {
        fixture.given(submitted())
                .when(new SetParagraphStatusCommand(DRAFT, "op9", ParagraphStatus.AGREED, null, "BRA", T2))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(ConsultationRejections.NO_SUCH_PARAGRAPH.formatted("op9"))
                .expectNoEvents();
    }

    @Test
    void subParagraphsHaveNoStatusOfTheirOwn() {
        fixture.given(submitted())
                .when(new SetParagraphStatusCommand(DRAFT, "op2.1", ParagraphStatus.AGREED, null, "BRA", T2))
                .expectExceptionMessage(ConsultationRejections.NOT_A_PARAGRAPH.formatted("op2.1", "statuses are given to"))
                .expectNoEvents();
    }

    @Test
    void theSameStatusTwiceIsAConflict() {
        fixture.given(submitted(), status("op1", ParagraphStatus.AGREED, ParagraphStatus.OPEN))
                .when(new SetParagraphStatusCommand(DRAFT, "op1", ParagraphStatus.AGREED, null, "BRA", T2))
                .expectExceptionMessage(ConsultationRejections.STATUS_UNCHANGED.formatted("operative paragraph 1", "agreed"))
                .expectNoEvents();
    }

    @Test
    void aParagraphWithOpenBracketsCannotBeSettled() {
        fixture.given(submitted(), expertGroupBracketed())
                .when(new SetParagraphStatusCommand(DRAFT, "op1", ParagraphStatus.AGREED_AD_REF, null, "BRA", T2))
                .expectExceptionMessage(ConsultationRejections.OPEN_BRACKETS.formatted("operative paragraph 1", "B1", "agreed ad ref"))
                .expectNoEvents();
    }

    // --- brackets

    @Test
    void aDelegationAsksForBracketsItself() {
        fixture.given(submitted())
                .when(new PlaceBracketCommand(DRAFT, "op1", 15, 27, null, null, null, "FRA", T2))
                .expectEvents(expertGroupBracketed())
                .expectResultMessagePayload(new BracketPlacement("B1", 2));
    }

    @Test
    void aDelegationAsksForBracketsOnBehalfOfAGroup() {
        fixture.given(submitted())
                .when(new PlaceBracketCommand(DRAFT, "op1", 15, 27, "EGY", "african group", "disputed", "EGY", T2))
                .expectEvents(new BracketPlacedEvent(DRAFT, "B1", "op1", 15, 27, "Expert Group", "EGY",
                        "Group of African States", "disputed", "EGY", T2));
    }

    @Test
    void aMainSponsorPlacesBracketsAtAnotherDelegationsRequest() {
        fixture.given(submitted())
                .when(new PlaceBracketCommand(DRAFT, "op1", 15, 27, "FRA", null, null, "BRA", T2))
                .expectEvents(new BracketPlacedEvent(DRAFT, "B1", "op1", 15, 27, "Expert Group", "FRA", null, null, "BRA", T2));
    }

    @Test
    void aDelegationCannotAskForBracketsInAnotherOnesName() {
        fixture.given(submitted())
                .when(new PlaceBracketCommand(DRAFT, "op1", 15, 27, "DEU", null, null, "FRA", T2))
                .expectExceptionMessage(ConsultationRejections.REQUEST_FOR_OTHERS)
                .expectNoEvents();
    }

    @Test
    void bracketsAreRequestedByAKnownDelegation() {
        fixture.given(submitted())
                .when(new PlaceBracketCommand(DRAFT, "op1", 15, 27, "XYZ", null, null, "BRA", T2))
                .expectExceptionMessage(ConsultationRejections.UNKNOWN_DELEGATION.formatted("XYZ"))
                .expectNoEvents();
    }

    @Test
    void anUnknownGroupIsRefused() {
        fixture.given(submitted())
                .when(new PlaceBracketCommand(DRAFT, "op1", 15, 27, null, "G77", null, "FRA", T2))
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("onBehalfOf: \"G77\" is not a group"))
                .expectNoEvents();
    }

    @Test
    void theSecretariatDoesNotAskForBrackets() {
        fixture.given(submitted())
                .when(new PlaceBracketCommand(DRAFT, "op1", 15, 27, null, null, null, Actors.SECRETARIAT, T2))
                .expectExceptionMessage(ConsultationRejections.SECRETARIAT_DOES_NOT_NEGOTIATE)
                .expectNoEvents();
    }

    @Test
    void aRangeOutsideTheTextIsRefused() {
        fixture.given(submitted())
                .when(new PlaceBracketCommand(DRAFT, "op1", 40, 99, null, null, null, "FRA", T2))
                .expectExceptionMessage(ConsultationRejections.BAD_RANGE.formatted(OP1.length(), "op1", 40, 99))
                .expectNoEvents();
    }

    @Test
    void bracketsAroundOnlySpacesAreRefused() {
        fixture.given(submitted())
                .when(new PlaceBracketCommand(DRAFT, "op1", 10, 11, null, null, null, "FRA", T2))
                .expectExceptionMessage(ConsultationRejections.BLANK_RANGE)
                .expectNoEvents();
    }

    @Test
    void bracketsInAnUnknownParagraphAreRefused() {
        fixture.given(submitted())
                .when(new PlaceBracketCommand(DRAFT, "op7", 0, 3, null, null, null, "FRA", T2))
                .expectExceptionMessage(ConsultationRejections.NO_SUCH_NODE.formatted("op7"))
                .expectNoEvents();
    }

    @Test
    void theSameWordsAreNotBracketedTwice() {
        fixture.given(submitted(), expertGroupBracketed())
                .when(new PlaceBracketCommand(DRAFT, "op1", 15, 27, null, null, null, "DEU", T2))
                .expectExceptionMessage(ConsultationRejections.ALREADY_BRACKETED.formatted("operative paragraph 1", "B1"))
                .expectNoEvents();
    }

    @Test
    void aSettledParagraphTakesNoBrackets() {
        fixture.given(submitted(), status("op2", ParagraphStatus.AGREED, ParagraphStatus.OPEN))
                .when(new PlaceBracketCommand(DRAFT, "op2.1", 0, 7, null, null, null, "FRA", T2))
                .expectExceptionMessage(ConsultationRejections.SETTLED.formatted("operative paragraph 2", "agreed",
                        "placing brackets in it"))
                .expectNoEvents();
    }

    @Test
    void bracketIdsCountUp() {
        fixture.given(submitted(), expertGroupBracketed(), new BracketLiftedEvent(DRAFT, "B1", "FRA", T2))
                .when(new PlaceBracketCommand(DRAFT, "op1", 15, 27, null, null, null, "FRA", T2))
                .expectResultMessagePayload(new BracketPlacement("B2", 4));
    }

    @Test
    void theRequesterLiftsItsBrackets() {
        fixture.given(submitted(), expertGroupBracketed())
                .when(new LiftBracketCommand(DRAFT, "B1", "FRA", T2))
                .expectEvents(new BracketLiftedEvent(DRAFT, "B1", "FRA", T2))
                .expectResultMessagePayload(3L);
    }

    @Test
    void aMainSponsorLiftsAnyBrackets() {
        fixture.given(submitted(), expertGroupBracketed())
                .when(new LiftBracketCommand(DRAFT, "B1", "IRN", T2))
                .expectEvents(new BracketLiftedEvent(DRAFT, "B1", "IRN", T2));
    }

    @Test
    void anotherDelegationCannotLiftBrackets() {
        fixture.given(submitted(), expertGroupBracketed())
                .when(new LiftBracketCommand(DRAFT, "B1", "DEU", T2))
                .expectExceptionMessage(ConsultationRejections.WHO_LIFTS.formatted("FRA", "B1"))
                .expectNoEvents();
    }

    @Test
    void liftingAnUnknownBracketIsNotFoundAndALiftedOneAConflict() {
        fixture.given(submitted())
                .when(new LiftBracketCommand(DRAFT, "B1", "BRA", T2))
                .expectExceptionMessage(ConsultationRejections.NO_SUCH_BRACKET.formatted("B1"));
        fixture.given(submitted(), expertGroupBracketed(), new BracketLiftedEvent(DRAFT, "B1", "FRA", T2))
                .when(new LiftBracketCommand(DRAFT, "B1", "BRA", T2))
                .expectExceptionMessage(ConsultationRejections.BRACKET_NOT_OPEN.formatted("B1"))
                .expectNoEvents();
    }

    @Test
    void bracketsMoveWithAnAcceptedAmendment() {
        List<EditOperation> allThe = List.of(new ReplaceText("op1", 11, 14, "all the"));
        fixture.given(submitted(), expertGroupBracketed(), proposedBy("FRA", "A1", 2, allThe))
                .when(new AcceptAmendmentCommand(DRAFT, "A1", "BRA", T2))
                .expectEvents(new AmendmentAcceptedEvent(DRAFT, "A1", allThe, "BRA", T2),
                        new BracketsMovedEvent(DRAFT, "A1", List.of(new BracketsMovedEvent.Position("B1", 19, 31)), List.of(),
                                "BRA", T2))
                .expectResultMessagePayload(5L);
    }

    @Test
    void anAmendmentThatLeavesTheBracketedWordsAloneMovesNothing() {
        fixture.given(submitted(), expertGroupBracketed(), proposedBy("FRA", "A1", 2, DraftResolutionTest.REPLACE_CONTINUE))
                .when(new AcceptAmendmentCommand(DRAFT, "A1", "BRA", T2))
                .expectEvents(new AmendmentAcceptedEvent(DRAFT, "A1", DraftResolutionTest.REPLACE_CONTINUE, "BRA", T2));
    }

    @Test
    void bracketsLapseWhenTheirParagraphIsDeleted() {
        List<EditOperation> delete = List.of(new DeleteParagraph("op1"));
        fixture.given(submitted(), expertGroupBracketed(), proposedBy("DEU", "A1", 2, delete))
                .when(new AcceptAmendmentCommand(DRAFT, "A1", "CHN", T2))
                .expectEvents(new AmendmentAcceptedEvent(DRAFT, "A1", delete, "CHN", T2),
                        new BracketsMovedEvent(DRAFT, "A1", List.of(),
                                List.of(new BracketsMovedEvent.Lapsed("B1", "operative paragraph 1 was deleted by A1")), "CHN", T2));
    }

    // --- alternatives

    @Test
    void anyDelegationProposesAnAlternative() {
        fixture.given(submitted(), alternative(1, "*Invites* the Expert Group to continue its work;", "DEU"))
                .when(new ProposeAlternativeCommand(DRAFT, "op1", URGES, null, "FRA", T2))
                .expectEvents(alternative(2, URGES, "FRA"))
                .expectResultMessagePayload(new AlternativeProposal("op1", 2, "Alt 2", 3));
    }

    @Test
    void anAlternativeIsProposedOnBehalfOfAGroup() {
        fixture.given(submitted())
                .when(new ProposeAlternativeCommand(DRAFT, "op1", URGES, "EU", "FRA", T2))
                .expectEvents(new AlternativeProposedEvent(DRAFT, "op1", 1, URGES, "European Union", "FRA", T2));
    }

    @Test
    void theSecretariatProposesNoAlternatives() {
        fixture.given(submitted())
                .when(new ProposeAlternativeCommand(DRAFT, "op1", URGES, null, Actors.SECRETARIAT, T2))
                .expectExceptionMessage(ConsultationRejections.SECRETARIAT_DOES_NOT_NEGOTIATE)
                .expectNoEvents();
    }

    @Test
    void alternativesReplaceWholeParagraphsOnly() {
        fixture.given(submitted())
                .when(new ProposeAlternativeCommand(DRAFT, "op2.1", "Chapter 5", null, "FRA", T2))
                .expectExceptionMessage(ConsultationRejections.NOT_A_PARAGRAPH.formatted("op2.1", "alternatives replace"))
                .expectNoEvents();
    }

    @Test
    void anAlternativeNeedsText() {
        fixture.given(submitted())
                .when(new ProposeAlternativeCommand(DRAFT, "op1", "  ", null, "FRA", T2))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("text: "))
                .expectNoEvents();
    }

    @Test
    void anAlternativeThatReadsAsTheTextOrAnotherAlternativeIsAConflict() {
        fixture.given(submitted())
                .when(new ProposeAlternativeCommand(DRAFT, "op1", OP1, null, "FRA", T2))
                .expectExceptionMessage(ConsultationRejections.SAME_AS_TEXT.formatted("operative paragraph 1"));
        fixture.given(submitted(), alternative(1, URGES, "DEU"))
                .when(new ProposeAlternativeCommand(DRAFT, "op1", URGES, null, "FRA", T2))
                .expectExceptionMessage(ConsultationRejections.SAME_AS_ALTERNATIVE.formatted(1, "operative paragraph 1"))
                .expectNoEvents();
    }

    @Test
    void aSettledParagraphTakesNoAlternatives() {
        fixture.given(submitted(), status("op1", ParagraphStatus.AGREED_AD_REF, ParagraphStatus.OPEN))
                .when(new ProposeAlternativeCommand(DRAFT, "op1", URGES, null, "FRA", T2))
                .expectExceptionMessage(ConsultationRejections.SETTLED.formatted("operative paragraph 1", "agreed ad ref",
                        "proposing alternatives to it"))
                .expectNoEvents();
    }

    @Test
    void aMainSponsorChoosesAnAlternativeWhichReplacesTheParagraph() {
        List<EditOperation> replace = List.of(new ReplaceParagraph("op1", URGES));
        fixture.given(submitted(), alternative(1, URGES, "FRA"))
                .when(new ChooseAlternativeCommand(DRAFT, "op1", 1, "BRA", T2))
                .expectEvents(new AlternativeChosenEvent(DRAFT, "op1", 1, replace, "BRA", T2))
                .expectResultMessagePayload(3L)
                .expectState(draft -> assertThat(draft.currentText().document().operative().get(0).text()).isEqualTo(URGES));
    }

    @Test
    void choosingAnAlternativeLapsesTheBracketsOfTheParagraph() {
        fixture.given(submitted(), expertGroupBracketed(), alternative(1, URGES, "FRA"))
                .when(new ChooseAlternativeCommand(DRAFT, "op1", 1, "CHN", T2))
                .expectEvents(new AlternativeChosenEvent(DRAFT, "op1", 1, List.of(new ReplaceParagraph("op1", URGES)), "CHN", T2),
                        new BracketsMovedEvent(DRAFT, "Alt 1", List.of(),
                                List.of(new BracketsMovedEvent.Lapsed("B1", "operative paragraph 1 was replaced by Alt 1")), "CHN", T2));
    }

    @Test
    void onlyMainSponsorsChooseAlternatives() {
        fixture.given(submitted(), alternative(1, URGES, "FRA"))
                .when(new ChooseAlternativeCommand(DRAFT, "op1", 1, "FRA", T2))
                .expectExceptionMessage(ConsultationRejections.ONLY_SPONSORS_OR_FACILITATOR.formatted("choose alternatives"))
                .expectNoEvents();
    }

    @Test
    void anUnknownAlternativeIsNotFound() {
        fixture.given(submitted(), alternative(1, URGES, "FRA"))
                .when(new ChooseAlternativeCommand(DRAFT, "op1", 2, "BRA", T2))
                .expectExceptionMessage(ConsultationRejections.NO_SUCH_ALTERNATIVE.formatted("operative paragraph 1", 2))
                .expectNoEvents();
    }

    @Test
    void choosingOneAlternativeClosesTheOthers() {
        fixture.given(submitted(), alternative(1, URGES, "FRA"), alternative(2, "*Asks* the Group to work;", "DEU"),
                        new AlternativeChosenEvent(DRAFT, "op1", 1, List.of(new ReplaceParagraph("op1", URGES)), "BRA", T2))
                .when(new ChooseAlternativeCommand(DRAFT, "op1", 2, "BRA", T2))
                .expectExceptionMessage(ConsultationRejections.ALTERNATIVE_CLOSED.formatted(2, "operative paragraph 1"))
                .expectNoEvents();
    }

    @Test
    void settlingAParagraphClosesItsAlternatives() {
        fixture.given(submitted(), alternative(1, URGES, "FRA"), status("op1", ParagraphStatus.AGREED, ParagraphStatus.OPEN),
                        status("op1", ParagraphStatus.OPEN, ParagraphStatus.AGREED))
                .when(new ChooseAlternativeCommand(DRAFT, "op1", 1, "BRA", T2))
                .expectExceptionMessage(ConsultationRejections.ALTERNATIVE_CLOSED.formatted(1, "operative paragraph 1"))
                .expectNoEvents();
    }

    // --- amendments and settled paragraphs

    @Test
    void anAgreedParagraphRefusesAmendments() {
        fixture.given(submitted(), status("op1", ParagraphStatus.AGREED, ParagraphStatus.OPEN))
                .when(new ProposeAmendmentCommand(DRAFT, 2, null, DraftResolutionTest.REPLACE_CONTINUE, "FRA", T2))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(ConsultationRejections.SETTLED.formatted("operative paragraph 1", "agreed", "amending it"))
                .expectNoEvents();
    }

    @Test
    void anAmendmentProposedBeforeItsParagraphWasAgreedCannotBeAccepted() {
        fixture.given(submitted(),
                        new AmendmentProposedEvent(DRAFT, "A1", 1, null, DraftResolutionTest.REPLACE_CONTINUE, "FRA", T2),
                        status("op1", ParagraphStatus.AGREED, ParagraphStatus.OPEN))
                .when(new AcceptAmendmentCommand(DRAFT, "A1", "BRA", T2))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(ConsultationRejections.SETTLED.formatted("operative paragraph 1", "agreed", "amending it"))
                .expectNoEvents();
    }

    @Test
    void aSubParagraphOfASettledParagraphRefusesAmendments() {
        fixture.given(submitted(), status("op2", ParagraphStatus.AGREED_AD_REF, ParagraphStatus.OPEN))
                .when(new ProposeAmendmentCommand(DRAFT, 2, null, List.of(new DeleteParagraph("op2.1")), "FRA", T2))
                .expectExceptionMessage(ConsultationRejections.SETTLED.formatted("operative paragraph 2", "agreed ad ref",
                        "amending it"))
                .expectNoEvents();
    }

    @Test
    void aParagraphMayBeAddedAfterASettledOne() {
        fixture.given(submitted(), status("op1", ParagraphStatus.AGREED, ParagraphStatus.OPEN))
                .when(new ProposeAmendmentCommand(DRAFT, 2, null,
                        List.of(new InsertParagraph(Section.OPERATIVE, "op1", "*Decides* to act;", null)), "FRA", T2))
                .expectResultMessagePayload(new AmendmentProposal("A1", 3));
    }

    @Test
    void aReopenedParagraphTakesAmendmentsAgain() {
        fixture.given(submitted(), status("op1", ParagraphStatus.AGREED, ParagraphStatus.OPEN),
                        status("op1", ParagraphStatus.OPEN, ParagraphStatus.AGREED))
                .when(new ProposeAmendmentCommand(DRAFT, 3, null, DraftResolutionTest.REPLACE_CONTINUE, "FRA", T2))
                .expectResultMessagePayload(new AmendmentProposal("A1", 4));
    }
}
