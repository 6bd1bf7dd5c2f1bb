package org.plenary.command.draft;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.AcceptAmendmentCommand;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentOverlap;
import org.plenary.shared.draft.AmendmentOvertakenEvent;
import org.plenary.shared.draft.AmendmentProposal;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.AmendmentRevisedEvent;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.draft.AmendmentWithdrawnEvent;
import org.plenary.shared.draft.AmendmentsRebasedEvent;
import org.plenary.shared.draft.ProposeAmendmentCommand;
import org.plenary.shared.draft.ProposeCompromiseCommand;
import org.plenary.shared.draft.RejectAmendmentCommand;
import org.plenary.shared.draft.ReviseAmendmentCommand;
import org.plenary.shared.draft.SubAmendmentAcceptedEvent;
import org.plenary.shared.draft.WithdrawAmendmentCommand;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.MoveParagraph;
import org.plenary.shared.edit.ReplaceParagraph;
import org.plenary.shared.edit.ReplaceText;
import org.plenary.shared.edit.ReplaceTitle;
import org.plenary.shared.edit.SubAmendments;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.command.draft.DraftResolutionTest.REPLACE_CONTINUE;
import static org.plenary.command.draft.DraftResolutionTest.document;
import static org.plenary.command.draft.DraftResolutionTest.proposedBy;
import static org.plenary.command.draft.DraftResolutionTest.submitted;

/**
 * The amendment paths beyond propose-and-decide: every edit kind, rebase and overtaking as the text changes,
 * revision, reasons of decisions, sub-amendments and compromises; every refusal.
 */
class AmendmentsTest {

    private static final String DRAFT = "d1";
    private static final Instant T1 = Instant.parse("2017-05-23T11:00:00Z");
    /** op1 is "*Requests* the Expert Group to continue its work;": REPLACE_CONTINUE replaces "continue" [31, 39). */
    private static final List<EditOperation> INVITES = List.of(new ReplaceText("op1", 0, 10, "*Invites*"));
    private static final List<EditOperation> GO_ON = List.of(new ReplaceText("op1", 31, 39, "go on with"));
    private static final String CONTINUE_CHANGED_BY_A2 =
            "in operative paragraph 1, the words “continue” it replaces were changed by A2";

    private FixtureConfiguration<DraftResolution> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DraftResolution.class);
    }

    private static String op1(DraftResolution draft) {
        return draft.currentText().document().operative().get(0).text();
    }

    @SuppressWarnings("unchecked")
    private static AmendmentStatus status(DraftResolution draft, String id) {
        try {
            java.lang.reflect.Field field = DraftResolution.class.getDeclaredField("amendments");
            field.setAccessible(true);
            Amendments amendments = (Amendments) field.get(draft);
            java.lang.reflect.Field map = Amendments.class.getDeclaredField("amendments");
            map.setAccessible(true);
            return ((Map<String, Amendment>) map.get(amendments)).get(id).status();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- every edit kind

    @Test
    void everyEditKindIsProposed() {
        List<EditOperation> ops = List.of(new ReplaceParagraph("op3", "*Requests* a report at its next session."),
                new MoveParagraph("op3", null), new ReplaceTitle("Countering cybercrime"),
                new org.plenary.shared.edit.InsertItem("op2", "op2.1", "Chapter 4: Prevention", null));
        List<EditOperation> withIds = List.of(ops.get(0), ops.get(1), ops.get(2),
                new org.plenary.shared.edit.InsertItem("op2", "op2.1", "Chapter 4: Prevention", "op2.2"));
        fixture.given(submitted())
                .when(new ProposeAmendmentCommand(DRAFT, 1, null, ops, "FRA", T1))
                .expectEvents(new AmendmentProposedEvent(DRAFT, "A1", 1, null, withIds, "FRA", T1));
    }

    @Test
    void aProposalSaysWhichPendingAmendmentsItOverlaps() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE))
                .when(new ProposeAmendmentCommand(DRAFT, 2, null, GO_ON, "DEU", T1))
                .expectResultMessagePayload(new AmendmentProposal("A2", 3, List.of(new AmendmentOverlap("A1", "words",
                        "operative paragraph 1", "A2 and A1 both change the words “continue” in operative paragraph 1"))));
    }

    // --- rebase and overtaking

    @Test
    void acceptingOneAmendmentRebasesAnotherToOtherWordsOfTheParagraph() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), proposedBy("DEU", "A2", 1, INVITES))
                .when(new AcceptAmendmentCommand(DRAFT, "A2", "BRA", T1, "agreed in the room"))
                .expectEvents(new AmendmentAcceptedEvent(DRAFT, "A2", INVITES, "BRA", T1, "agreed in the room"),
                        new AmendmentsRebasedEvent(DRAFT, "A2", 4, List.of("A1"), List.of(new AmendmentsRebasedEvent.Moved(
                                "A1", List.of(new ReplaceText("op1", 30, 38, "pursue")))), "BRA", T1))
                .expectResultMessagePayload(5L);
    }

    @Test
    void twoAmendmentsToDifferentWordsOfOneParagraphBothApply() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), proposedBy("DEU", "A2", 1, INVITES),
                        new AmendmentAcceptedEvent(DRAFT, "A2", INVITES, "BRA", T1),
                        new AmendmentsRebasedEvent(DRAFT, "A2", 4, List.of("A1"), List.of(new AmendmentsRebasedEvent.Moved(
                                "A1", List.of(new ReplaceText("op1", 30, 38, "pursue")))), "BRA", T1))
                .when(new AcceptAmendmentCommand(DRAFT, "A1", "CHN", T1))
                .expectEvents(new AmendmentAcceptedEvent(DRAFT, "A1", List.of(new ReplaceText("op1", 30, 38, "pursue")),
                        "CHN", T1))
                .expectState(draft -> assertThat(op1(draft)).isEqualTo("*Invites* the Expert Group to pursue its work;"));
    }

    @Test
    void acceptingAnOverlappingAmendmentOvertakesThePendingOne() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), proposedBy("DEU", "A2", 1, GO_ON))
                .when(new AcceptAmendmentCommand(DRAFT, "A2", "BRA", T1))
                .expectEvents(new AmendmentAcceptedEvent(DRAFT, "A2", GO_ON, "BRA", T1),
                        new AmendmentOvertakenEvent(DRAFT, "A1", "A2", List.of(CONTINUE_CHANGED_BY_A2), false, "BRA", T1))
                .expectState(draft -> assertThat(status(draft, "A1")).isEqualTo(AmendmentStatus.OVERTAKEN));
    }

    private Object[] overtaken() {
        return new Object[]{submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), proposedBy("DEU", "A2", 1, GO_ON),
                new AmendmentAcceptedEvent(DRAFT, "A2", GO_ON, "BRA", T1),
                new AmendmentOvertakenEvent(DRAFT, "A1", "A2", List.of(CONTINUE_CHANGED_BY_A2), false, "BRA", T1)};
    }

    @Test
    void theProposerRevisesAnOvertakenAmendment() {
        List<EditOperation> revised = List.of(new ReplaceText("op1", 31, 41, "pursue"));
        fixture.given(overtaken())
                .when(new ReviseAmendmentCommand(DRAFT, "A1", 5, "after A2", revised, "FRA", T1))
                .expectEvents(new AmendmentRevisedEvent(DRAFT, "A1", 5, "after A2", revised, "FRA", T1))
                .expectState(draft -> assertThat(status(draft, "A1")).isEqualTo(AmendmentStatus.PENDING));
    }

    @Test
    void onlyTheProposerRevises() {
        fixture.given(overtaken())
                .when(new ReviseAmendmentCommand(DRAFT, "A1", 5, null, REPLACE_CONTINUE, "DEU", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.ONLY_PROPOSER_REVISES.formatted("FRA", "A1"))
                .expectNoEvents();
    }

    @Test
    void aDecidedAmendmentIsNotRevised() {
        fixture.given(overtaken())
                .when(new ReviseAmendmentCommand(DRAFT, "A2", 5, null, REPLACE_CONTINUE, "DEU", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.NOT_REVISABLE.formatted("A2", "accepted"));
    }

    @Test
    void aRevisionMustApplyToItsBaseText() {
        fixture.given(overtaken())
                .when(new ReviseAmendmentCommand(DRAFT, "A1", 5, null, List.of(new ReplaceText("op1", 31, 999, "x")),
                        "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("outside the text of op1"));
    }

    @Test
    void anOvertakenAmendmentIsWithdrawnWithAReason() {
        fixture.given(overtaken())
                .when(new WithdrawAmendmentCommand(DRAFT, "A1", "FRA", T1, "no longer needed"))
                .expectEvents(new AmendmentWithdrawnEvent(DRAFT, "A1", "FRA", T1, "no longer needed"));
    }

    // --- sub-amendments

    private static final List<EditOperation> CARRY_ON = List.of(new ReplaceText("op1", 31, 37, "carry on"));

    private static AmendmentProposedEvent sub(String id, String parent, long base, List<EditOperation> ops) {
        return new AmendmentProposedEvent(DRAFT, id, base, null, ops, "DEU", T1, parent, null);
    }

    @Test
    void aSubAmendmentAddressesTheTextAsItsParentLeavesIt() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE))
                .when(new ProposeAmendmentCommand(DRAFT, 2, null, CARRY_ON, "DEU", T1, "A1"))
                .expectEvents(sub("A2", "A1", 2, CARRY_ON));
    }

    @Test
    void aSubAmendmentThatDoesNotApplyToItsParentsTextIsRefused() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE))
                .when(new ProposeAmendmentCommand(DRAFT, 2, null, List.of(new ReplaceText("op1", 31, 60, "x")), "DEU",
                        T1, "A1"))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith(
                        "the sub-amendment does not apply to the text as A1 would leave it"));
    }

    @Test
    void aSubAmendmentToAnUnknownAmendmentIsRefused() {
        fixture.given(submitted())
                .when(new ProposeAmendmentCommand(DRAFT, 1, null, CARRY_ON, "DEU", T1, "A7"))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.NO_SUCH_AMENDMENT.formatted("A7"));
    }

    @Test
    void aSubAmendmentIsNotAmended() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), sub("A2", "A1", 2, CARRY_ON))
                .when(new ProposeAmendmentCommand(DRAFT, 3, null, CARRY_ON, "ITA", T1, "A2"))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.NO_SUB_OF_SUB.formatted("A2", "A1"));
    }

    @Test
    void aSubAmendmentWrittenAgainstAnOlderFormOfItsParentIsRefused() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE),
                        new AmendmentRevisedEvent(DRAFT, "A1", 3, null, GO_ON, "FRA", T1))
                .when(new ProposeAmendmentCommand(DRAFT, 2, null, CARRY_ON, "DEU", T1, "A1"))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.SUB_BASE_STALE.formatted("A1", 3, 2));
    }

    @Test
    void theParentIsNotDecidedWhileASubAmendmentIsPending() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), sub("A2", "A1", 2, CARRY_ON))
                .when(new RejectAmendmentCommand(DRAFT, "A1", null, "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.SUB_AMENDMENT_PENDING.formatted("A1", "A2"));
    }

    @Test
    void acceptingASubAmendmentChangesItsParentNotTheText() {
        List<EditOperation> folded = SubAmendments.fold(document(), REPLACE_CONTINUE, CARRY_ON);
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), sub("A2", "A1", 2, CARRY_ON))
                .when(new AcceptAmendmentCommand(DRAFT, "A2", "BRA", T1))
                .expectEvents(new SubAmendmentAcceptedEvent(DRAFT, "A2", "A1", CARRY_ON, REPLACE_CONTINUE, folded, null,
                        "BRA", T1))
                .expectState(draft -> assertThat(op1(draft)).isEqualTo(document().operative().get(0).text()));
    }

    @Test
    void theParentAcceptedAfterItsSubAmendmentCarriesBoth() {
        List<EditOperation> folded = SubAmendments.fold(document(), REPLACE_CONTINUE, CARRY_ON);
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), sub("A2", "A1", 2, CARRY_ON),
                        new SubAmendmentAcceptedEvent(DRAFT, "A2", "A1", CARRY_ON, REPLACE_CONTINUE, folded, null, "BRA", T1))
                .when(new AcceptAmendmentCommand(DRAFT, "A1", "BRA", T1))
                .expectEvents(new AmendmentAcceptedEvent(DRAFT, "A1", folded, "BRA", T1))
                .expectState(draft -> assertThat(op1(draft)).isEqualTo("*Requests* the Expert Group to carry on its work;"));
    }

    @Test
    void aSubAmendmentFollowsTheTextWithItsParent() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), sub("A2", "A1", 2, CARRY_ON),
                        proposedBy("ITA", "A3", 1, INVITES))
                .when(new AcceptAmendmentCommand(DRAFT, "A3", "BRA", T1))
                .expectEvents(new AmendmentAcceptedEvent(DRAFT, "A3", INVITES, "BRA", T1),
                        new AmendmentsRebasedEvent(DRAFT, "A3", 5, List.of("A1", "A2"), List.of(
                                new AmendmentsRebasedEvent.Moved("A1", List.of(new ReplaceText("op1", 30, 38, "pursue"))),
                                new AmendmentsRebasedEvent.Moved("A2", List.of(new ReplaceText("op1", 30, 36, "carry on")))),
                                "BRA", T1));
    }

    @Test
    void aSubAmendmentIsOvertakenWithItsParent() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), sub("A2", "A1", 2, CARRY_ON),
                        proposedBy("ITA", "A3", 1, GO_ON))
                .when(new AcceptAmendmentCommand(DRAFT, "A3", "BRA", T1))
                .expectEvents(new AmendmentAcceptedEvent(DRAFT, "A3", GO_ON, "BRA", T1),
                        new AmendmentOvertakenEvent(DRAFT, "A1", "A3", List.of(
                                "in operative paragraph 1, the words “continue” it replaces were changed by A3"), false, "BRA", T1),
                        new AmendmentOvertakenEvent(DRAFT, "A2", "A3", List.of("A1, which it amends, was overtaken by A3"),
                                false, "BRA", T1));
    }

    // --- compromises

    private Object[] twoOverlapping() {
        return new Object[]{submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), proposedBy("DEU", "A2", 1, GO_ON)};
    }

    private Object[] withCompromise(Object... more) {
        List<Object> events = new java.util.ArrayList<>(List.of(twoOverlapping()));
        events.add(compromise());
        events.addAll(List.of(more));
        return events.toArray();
    }

    private static AmendmentProposedEvent compromise() {
        return new AmendmentProposedEvent(DRAFT, "A3", 3, "merges A1 and A2", CARRY_ON_WHOLE, "BRA", T1, null,
                List.of("A1", "A2"));
    }

    private static final List<EditOperation> CARRY_ON_WHOLE = List.of(new ReplaceText("op1", 31, 39, "carry on"));

    @Test
    void aMainSponsorTablesACompromiseSupersedingTwo() {
        fixture.given(twoOverlapping())
                .when(new ProposeCompromiseCommand(DRAFT, 3, List.of("A1", "A2"), CARRY_ON_WHOLE, "merges A1 and A2",
                        "BRA", T1))
                .expectEvents(compromise())
                .expectResultMessagePayload(new AmendmentProposal("A3", 4, List.of()));
    }

    @Test
    void onlyTheSponsorsTableACompromise() {
        fixture.given(twoOverlapping())
                .when(new ProposeCompromiseCommand(DRAFT, 3, List.of("A1", "A2"), CARRY_ON_WHOLE, null, "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.ONLY_SPONSORS_COMPROMISE);
    }

    @Test
    void aCompromiseSupersedesSomething() {
        fixture.given(twoOverlapping())
                .when(new ProposeCompromiseCommand(DRAFT, 3, List.of(), CARRY_ON_WHOLE, null, "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.SUPERSEDES_REQUIRED);
    }

    @Test
    void aCompromiseSupersedesKnownOpenAmendmentsOnce() {
        fixture.given(twoOverlapping())
                .when(new ProposeCompromiseCommand(DRAFT, 3, List.of("A1", "A1"), CARRY_ON_WHOLE, null, "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.SUPERSEDES_TWICE.formatted("A1"));
        fixture.given(twoOverlapping())
                .when(new ProposeCompromiseCommand(DRAFT, 3, List.of("A9"), CARRY_ON_WHOLE, null, "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.NO_SUCH_AMENDMENT.formatted("A9"));
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE),
                        new AmendmentRejectedEvent(DRAFT, "A1", null, "BRA", T1))
                .when(new ProposeCompromiseCommand(DRAFT, 3, List.of("A1"), CARRY_ON_WHOLE, null, "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.CANNOT_SUPERSEDE.formatted("A1", "rejected"));
    }

    @Test
    void anAmendmentHeldByAPendingCompromiseIsNotDecided() {
        fixture.given(withCompromise())
                .when(new AcceptAmendmentCommand(DRAFT, "A1", "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.HELD_BY_COMPROMISE.formatted("A1", "A3"));
    }

    @Test
    void acceptingTheCompromiseSupersedesWhatItReplaces() {
        fixture.given(withCompromise())
                .when(new AcceptAmendmentCommand(DRAFT, "A3", "CHN", T1))
                .expectEvents(new AmendmentAcceptedEvent(DRAFT, "A3", CARRY_ON_WHOLE, "CHN", T1))
                .expectState(draft -> {
                    assertThat(status(draft, "A1")).isEqualTo(AmendmentStatus.SUPERSEDED);
                    assertThat(status(draft, "A2")).isEqualTo(AmendmentStatus.SUPERSEDED);
                    assertThat(op1(draft)).isEqualTo("*Requests* the Expert Group to carry on its work;");
                });
    }

    @Test
    void rejectingTheCompromiseReturnsWhatItSupersededToPending() {
        fixture.given(withCompromise(new AmendmentRejectedEvent(DRAFT, "A3", "no", "CHN", T1)))
                .when(new AcceptAmendmentCommand(DRAFT, "A1", "BRA", T1))
                .expectEvents(new AmendmentAcceptedEvent(DRAFT, "A1", REPLACE_CONTINUE, "BRA", T1),
                        new AmendmentOvertakenEvent(DRAFT, "A2", "A1", List.of(
                                "in operative paragraph 1, the words “continue” it replaces were changed by A1"), false,
                                "BRA", T1));
    }

    @Test
    void anAmendmentIsSupersededByOneCompromiseAtATime() {
        fixture.given(withCompromise())
                .when(new ProposeCompromiseCommand(DRAFT, 4, List.of("A1"), CARRY_ON_WHOLE, null, "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.ALREADY_HELD.formatted("A1", "A3"));
    }

    // --- further refusals and follow-ups

    @Test
    void aParentIsNotWithdrawnWhileASubAmendmentIsPending() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), sub("A2", "A1", 2, CARRY_ON))
                .when(new WithdrawAmendmentCommand(DRAFT, "A1", "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.SUB_AMENDMENT_PENDING.formatted("A1", "A2"))
                .expectNoEvents();
    }

    @Test
    void revisingAParentOvertakesItsPendingSubAmendments() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), sub("A2", "A1", 2, CARRY_ON))
                .when(new ReviseAmendmentCommand(DRAFT, "A1", 3, null, GO_ON, "FRA", T1))
                .expectEvents(new AmendmentRevisedEvent(DRAFT, "A1", 3, null, GO_ON, "FRA", T1),
                        new AmendmentOvertakenEvent(DRAFT, "A2", "A1", List.of("A1, which it amends, was revised"), false,
                                "FRA", T1));
    }

    @Test
    void theProposerRevisesASubAmendmentAgainstItsParentsText() {
        List<EditOperation> revised = List.of(new ReplaceText("op1", 31, 37, "go on"));
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), sub("A2", "A1", 2, CARRY_ON))
                .when(new ReviseAmendmentCommand(DRAFT, "A2", 3, null, revised, "DEU", T1))
                .expectEvents(new AmendmentRevisedEvent(DRAFT, "A2", 3, null, revised, "DEU", T1));
    }

    @Test
    void anAmendmentSupersededByAPendingCompromiseIsNotAmended() {
        fixture.given(withCompromise())
                .when(new ProposeAmendmentCommand(DRAFT, 4, null, CARRY_ON, "ITA", T1, "A1"))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.NO_SUB_OF_COMPROMISE_PART.formatted("A1", "A3"));
    }

    @Test
    void aCompromiseDoesNotSupersedeASubAmendmentNorAnAmendmentWithOnePending() {
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), sub("A2", "A1", 2, CARRY_ON))
                .when(new ProposeCompromiseCommand(DRAFT, 3, List.of("A2"), CARRY_ON_WHOLE, null, "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.SUPERSEDE_SUB.formatted("A2"));
        fixture.given(submitted(), proposedBy("FRA", "A1", 1, REPLACE_CONTINUE), sub("A2", "A1", 2, CARRY_ON))
                .when(new ProposeCompromiseCommand(DRAFT, 3, List.of("A1"), CARRY_ON_WHOLE, null, "BRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.SUB_AMENDMENT_PENDING.formatted("A1", "A2"));
    }

    @Test
    void withdrawingTheCompromiseReturnsWhatItSuperseded() {
        fixture.given(withCompromise(new AmendmentWithdrawnEvent(DRAFT, "A3", "BRA", T1, "no consensus")))
                .when(new RejectAmendmentCommand(DRAFT, "A2", "not now", "CHN", T1))
                .expectEvents(new AmendmentRejectedEvent(DRAFT, "A2", "not now", "CHN", T1));
    }

    @Test
    void aCompromiseOverAnOvertakenAmendmentIsTabled() {
        List<Object> given = new java.util.ArrayList<>(List.of(overtaken()));
        fixture.given(given.toArray())
                .when(new ProposeCompromiseCommand(DRAFT, 5, List.of("A1"), List.of(new ReplaceText("op1", 31, 41, "carry on")),
                        null, "CHN", T1))
                .expectEvents(new AmendmentProposedEvent(DRAFT, "A3", 5, null,
                        List.of(new ReplaceText("op1", 31, 41, "carry on")), "CHN", T1, null, List.of("A1")));
    }

    @Test
    void aProposalWrittenBeforeTheChangesTheDraftKeepsIsRefused() {
        List<Object> given = new java.util.ArrayList<>(List.of(submitted()));
        for (int i = 1; i <= TextLog.KEPT + 1; i++) {
            List<EditOperation> ops = List.of(new ReplaceText("op3", 0, 10, i % 2 == 0 ? "*Requests*" : "*Requires*"));
            given.add(proposedBy("DEU", "A" + i, 2L * i - 1, ops));
            given.add(new AmendmentAcceptedEvent(DRAFT, "A" + i, ops, "BRA", T1));
        }
        fixture.given(given.toArray())
                .when(new ProposeAmendmentCommand(DRAFT, 2, null, REPLACE_CONTINUE, "FRA", T1))
                .expectException(DraftRejection.class)
                .expectExceptionMessage(Rejections.BASE_VERSION_TOO_OLD.formatted(2, 19));
    }
}
