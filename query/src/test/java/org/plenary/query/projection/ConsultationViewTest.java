package org.plenary.query.projection;

import org.junit.jupiter.api.Test;
import org.plenary.shared.consultation.ParagraphStatus;
import org.plenary.shared.draft.EventEnvelope;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.query.projection.ConsultationEvents.at;

/** The consultations in the draft view: what the events leave, and the view at every earlier version. */
class ConsultationViewTest {

    private static final List<EventEnvelope> EVENTS = ConsultationEvents.negotiation();

    @Test
    void theViewRecordsStatusesBracketsWithTheirRangesAndAlternativesWithTheirFate() {
        DraftView view = ConsultationEvents.built(EVENTS);
        ConsultationView c = view.consultation();

        assertThat(c.statusesNow()).isEqualTo(Map.of("op1", ParagraphStatus.AGREED, "op2", ParagraphStatus.AGREED_AD_REF,
                "pp1", ParagraphStatus.AGREED));
        assertThat(c.brackets()).extracting(ConsultationView.BracketView::state)
                .containsExactly(ConsultationView.BracketState.LAPSED, ConsultationView.BracketState.LIFTED);
        ConsultationView.BracketView b1 = c.brackets().get(0);
        assertThat(b1.positions()).extracting(ConsultationView.Position::start).containsExactly(15, 21);
        assertThat(b1.lapseReason()).isEqualTo("operative paragraph 1 was replaced by Alt 1");
        assertThat(b1.onBehalfOf()).isEqualTo("Group of African States");
        assertThat(c.alternatives()).extracting(ConsultationView.AlternativeView::state)
                .containsExactly(ConsultationView.AlternativeState.CHOSEN, ConsultationView.AlternativeState.CLOSED);
        assertThat(view.document().operative().get(0).text()).isEqualTo(ConsultationEvents.ALT);
        assertThat(c.issuance().operative()).containsExactly("op1", "op2");
        assertThat(view.document().operative()).extracting(p -> p.id()).containsExactly("op1", "op3", "op2");
    }

    @Test
    void theViewAtEveryEarlierVersionEqualsTheEventsBuiltUpToIt() {
        DraftView current = ConsultationEvents.built(EVENTS);
        for (int version = 1; version <= EVENTS.size(); version++) {
            DraftView then = ConsultationEvents.built(EVENTS.subList(0, version));
            assertThat(current.asOf(version, then.document())).as("version %d", version).isEqualTo(then);
        }
    }

    @Test
    void aRevisionIssuesTheTextAgainSoBisNumbersCountFromItsParagraphs() {
        List<EventEnvelope> events = new java.util.ArrayList<>(EVENTS);
        long version = events.size() + 1;
        events.add(new EventEnvelope("e" + events.size(), "d1", events.size(), new org.plenary.shared.draft.RevisionIssuedEvent(
                "d1", 1, "A/C.3/L.1/Rev.1", version - 1, List.of(), "as agreed", List.of("BRA"), "BRA", at(30))));

        ConsultationView before = ConsultationEvents.built(EVENTS).consultation();
        ConsultationView after = ConsultationEvents.built(events).consultation();

        assertThat(before.issuance().operative()).containsExactly("op1", "op2"); // op3 is "1 bis" until the revision
        assertThat(after.issuance().operative()).containsExactly("op1", "op3", "op2");
        assertThat(after.issuances()).hasSize(2);
        assertThat(after.issuance().version()).isEqualTo(version);
    }

    @Test
    void everyConsultationChangeSaysWhenItWasMade() {
        DraftView current = ConsultationEvents.built(EVENTS);

        assertThat(current.changedAt(2)).isEqualTo(at(1)); // B1 placed
        assertThat(current.changedAt(5)).isEqualTo(at(3)); // B1 moved over A1
        assertThat(current.changedAt(9)).isEqualTo(at(8)); // Alt 1 chosen
        assertThat(current.changedAt(10)).isEqualTo(at(8)); // B1 lapsed
        assertThat(current.changedAt(17)).isEqualTo(at(16));
    }
}
