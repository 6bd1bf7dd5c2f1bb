package org.plenary.query.projection;

import org.junit.jupiter.api.Test;
import org.plenary.query.feed.EventSummaries;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentOvertakenEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRevisedEvent;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.draft.AmendmentsRebasedEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.draft.SubAmendmentAcceptedEvent;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.ReplaceText;
import org.plenary.shared.edit.SubAmendments;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.query.projection.ConsultationEvents.at;

/**
 * The draft view follows the amendment events as the aggregate records them: a rebase, an amendment overtaken and
 * revised, a compromise that supersedes it, a sub-amendment folded into its parent; a past view shows each state then.
 */
public class AmendmentViewTest {

    // op1 is "*Requests* the Secretary-General to report at its next session."
    private static final List<EditOperation> HIGH_COMMISSIONER = List.of(new ReplaceText("op1", 15, 32, "High Commissioner"));
    private static final List<EditOperation> INFORM = List.of(new ReplaceText("op1", 36, 42, "inform"));
    private static final List<EditOperation> DIRECTOR = List.of(new ReplaceText("op1", 15, 32, "Director-General"));
    private static final List<EditOperation> BRIEF = List.of(new ReplaceText("op1", 36, 42, "brief"));
    private static final List<EditOperation> REVISED = List.of(new ReplaceText("op1", 15, 32, "Director of the Office"));
    private static final List<EditOperation> COMPROMISE = List.of(new ReplaceText("op1", 15, 32, "Director-General"));

    public static List<EventEnvelope> negotiation() {
        List<EditOperation> folded = SubAmendments.fold(DocumentEditor.apply(ConsultationEvents.document(),
                HIGH_COMMISSIONER), INFORM, BRIEF);
        List<DraftEvent> events = List.of(
                new DraftSubmittedEvent("d1", ConsultationEvents.document(), List.of("BRA"), "BRA", at(0)),
                new AmendmentProposedEvent("d1", "A1", 1, null, HIGH_COMMISSIONER, "FRA", at(1)),
                new AmendmentProposedEvent("d1", "A2", 1, null, INFORM, "DEU", at(2)),
                new AmendmentProposedEvent("d1", "A3", 1, null, DIRECTOR, "JPN", at(3)),
                new AmendmentProposedEvent("d1", "A4", 3, null, BRIEF, "ITA", at(4), "A2", null),
                new AmendmentAcceptedEvent("d1", "A1", HIGH_COMMISSIONER, "BRA", at(5), "agreed"), // v6
                new AmendmentsRebasedEvent("d1", "A1", 6, List.of("A2", "A4"), List.of(), "BRA", at(5)),
                new AmendmentOvertakenEvent("d1", "A3", "A1", List.of("in operative paragraph 1, the words "
                        + "“Secretary-General” it replaces were changed by A1"), false, "BRA", at(5)), // v8
                new AmendmentRevisedEvent("d1", "A3", 8, "after A1", REVISED, "JPN", at(9)), // v9
                new AmendmentProposedEvent("d1", "A5", 9, "merges", COMPROMISE, "BRA", at(10), null, List.of("A3")),
                new AmendmentAcceptedEvent("d1", "A5", COMPROMISE, "BRA", at(11)), // v11
                new AmendmentsRebasedEvent("d1", "A5", 11, List.of("A2", "A4"), List.of(
                        new AmendmentsRebasedEvent.Moved("A2", List.of(new ReplaceText("op1", 35, 41, "inform"))),
                        new AmendmentsRebasedEvent.Moved("A4", List.of(new ReplaceText("op1", 35, 41, "brief")))),
                        "BRA", at(11)),
                new SubAmendmentAcceptedEvent("d1", "A4", "A2", List.of(new ReplaceText("op1", 35, 41, "brief")),
                        List.of(new ReplaceText("op1", 35, 41, "inform")), shifted(folded), null, "BRA", at(13)));
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (int seq = 0; seq < events.size(); seq++) {
            envelopes.add(new EventEnvelope("e" + seq, "d1", seq, events.get(seq)));
        }
        return envelopes;
    }

    /** The folded parent moved by the compromise, as the rebase moved A2 (one character shorter before it). */
    private static List<EditOperation> shifted(List<EditOperation> folded) {
        ReplaceText r = (ReplaceText) folded.get(0);
        return List.of(new ReplaceText(r.paragraphId(), r.start() - 1, r.end() - 1, r.text()));
    }

    @Test
    void theViewFollowsEveryAmendmentEvent() {
        DraftView view = ConsultationEvents.built(negotiation());

        assertThat(view.amendment("A1").decisionReason()).isEqualTo("agreed");
        assertThat(view.amendment("A2").status()).isEqualTo(AmendmentStatus.PENDING);
        assertThat(view.amendment("A2").baseVersion()).isEqualTo(11);
        assertThat(view.amendment("A2").operations()).isEqualTo(shifted(SubAmendments.fold(DocumentEditor.apply(
                ConsultationEvents.document(), HIGH_COMMISSIONER), INFORM, BRIEF)));
        assertThat(view.amendment("A4").status()).isEqualTo(AmendmentStatus.ACCEPTED);
        assertThat(view.amendment("A4").amends()).isEqualTo("A2");
        DraftView.AmendmentView a3 = view.amendment("A3");
        assertThat(a3.status()).isEqualTo(AmendmentStatus.SUPERSEDED);
        assertThat(a3.supersededBy()).isEqualTo("A5");
        assertThat(a3.decidedVersion()).isEqualTo(11);
        assertThat(a3.overtakenBy()).isEqualTo("A1");
        assertThat(a3.transitions()).extracting(DraftView.Transition::status)
                .containsExactly(AmendmentStatus.OVERTAKEN, AmendmentStatus.PENDING);
        assertThat(view.amendment("A5").supersedes()).containsExactly("A3");
        assertThat(view.document().operative().get(0).text()).isEqualTo("*Requests* the Director-General to report at its next session.");
    }

    @Test
    void aPastViewShowsTheStatesThen() {
        DraftView view = ConsultationEvents.built(negotiation());

        assertThat(view.changedAt(8)).isEqualTo(at(5));
        assertThat(view.knowsAmendmentsAt(8)).isFalse(); // A3 was revised at 9: a past view then is replayed
        DraftView at8 = view.asOf(8, view.document());
        assertThat(at8.amendment("A3").status()).isEqualTo(AmendmentStatus.OVERTAKEN);
        assertThat(at8.amendment("A3").overtakenReasons()).hasSize(1);
        DraftView at10 = view.asOf(10, view.document());
        assertThat(at10.amendment("A3").status()).isEqualTo(AmendmentStatus.PENDING);
        assertThat(at10.amendment("A3").supersededBy()).isEqualTo("A5");
        assertThat(at10.amendment("A4").status()).isEqualTo(AmendmentStatus.PENDING);
    }

    @Test
    void everyAmendmentEventHasASentence() {
        assertThat(negotiation().stream().skip(1).map(e -> EventSummaries.summarize(e.event())).toList()).containsExactly(
                "France proposed amendment A1", "Germany proposed amendment A2", "Japan proposed amendment A3",
                "Italy proposed amendment A4 to amendment A2", "Brazil accepted amendment A1",
                "Amendments A2, A4 follow the text as A1 left it", "Amendment A3 was overtaken by A1",
                "Japan revised amendment A3", "Brazil tabled compromise A5 superseding A3", "Brazil accepted amendment A5",
                "Amendments A2, A4 follow the text as A5 left it", "Brazil accepted amendment A4 into amendment A2");
    }
}
