package org.plenary.query.feed;

import org.junit.jupiter.api.Test;
import org.plenary.query.projection.ConsultationEvents;
import org.plenary.shared.draft.AlternativeChosenEvent;
import org.plenary.shared.draft.EventEnvelope;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Consultation events on the feeds: a sentence each, and a chosen alternative's text change spelled out. */
class ConsultationFeedTest {

    private static final List<EventEnvelope> EVENTS = ConsultationEvents.negotiation();

    @Test
    void everyConsultationEventHasASentence() {
        assertThat(EVENTS.subList(1, EVENTS.size()).stream().map(e -> EventSummaries.summarize(e.event())).toList())
                .contains("Egypt, on behalf of the Group of African States, asked for brackets around “Secretary-General” in op1",
                        "Brackets followed A1: 1 moved",
                        "Brazil placed brackets around “*Decides*” in op2 at the request of China",
                        "Germany, on behalf of the European Union, proposed Alt 2 for paragraph op1",
                        "Brazil chose Alt 1 for paragraph op1",
                        "Brackets followed Alt 1: 0 moved, 1 lapsed",
                        "Brazil marked paragraph op1 agreed ad ref",
                        "China lifted bracket B2",
                        "Brazil marked paragraph op1 agreed");
    }

    @Test
    void aChosenAlternativeChangesTheTextOnTheFeedLikeAnAcceptedAmendment() {
        EventEnvelope chosen = EVENTS.get(8);
        assertThat(chosen.event()).isInstanceOf(AlternativeChosenEvent.class);
        var before = ConsultationEvents.built(EVENTS.subList(0, 8)).document();

        FeedEventFactory.Result result = FeedEventFactory.build("d1", chosen.seq(), chosen.event(), before);

        assertThat(result.event().textChanges()).containsExactly(new TextChange.ReplacedText("op1", 0,
                before.operative().get(0).text().length(), before.operative().get(0).text(), ConsultationEvents.ALT,
                ConsultationEvents.ALT));
        assertThat(result.after().operative().get(0).text()).isEqualTo(ConsultationEvents.ALT);
        assertThat(FeedItem.of(result.event()).changesText()).isTrue();
    }
}
