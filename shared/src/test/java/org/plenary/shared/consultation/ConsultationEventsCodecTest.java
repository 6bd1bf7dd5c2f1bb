package org.plenary.shared.consultation;

import org.junit.jupiter.api.Test;
import org.plenary.shared.draft.AlternativeChosenEvent;
import org.plenary.shared.draft.AlternativeProposedEvent;
import org.plenary.shared.draft.BracketLiftedEvent;
import org.plenary.shared.draft.BracketPlacedEvent;
import org.plenary.shared.draft.BracketsMovedEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.draft.ParagraphStatusChangedEvent;
import org.plenary.shared.edit.ReplaceParagraph;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The events of informal consultations travel through the event codec like every other event. */
class ConsultationEventsCodecTest {

    private static final Instant AT = Instant.parse("2017-05-24T10:15:30Z");

    @Test
    void everyConsultationEventRoundTrips() {
        List<DraftEvent> events = List.of(
                new ParagraphStatusChangedEvent("d1", "op3", ParagraphStatus.AGREED_AD_REF, ParagraphStatus.OPEN, "capitals", "BRA", AT),
                new BracketPlacedEvent("d1", "B1", "op4", 3, 9, "possible", "EGY", "Group of African States", null, "BRA", AT),
                new BracketLiftedEvent("d1", "B1", "BRA", AT),
                new BracketsMovedEvent("d1", "A4", List.of(new BracketsMovedEvent.Position("B2", 5, 12)),
                        List.of(new BracketsMovedEvent.Lapsed("B3", "operative paragraph 2 was deleted by A4")), "BRA", AT),
                new AlternativeProposedEvent("d1", "op5", 2, "*Urges* States;", "European Union", "FRA", AT),
                new AlternativeChosenEvent("d1", "op5", 2, List.of(new ReplaceParagraph("op5", "*Urges* States;")), "BRA", AT));
        long seq = 1;
        for (DraftEvent event : events) {
            EventEnvelope envelope = new EventEnvelope("e" + seq, "d1", seq++, event);
            String json = EventCodec.encode(envelope);

            assertThat(EventCodec.decode(json)).isEqualTo(envelope);
            assertThat(json).contains("\"type\":\"" + event.getClass().getSimpleName() + "\"");
        }
        assertThat(EventCodec.encode(new EventEnvelope("e", "d1", 1, events.get(0)))).contains("\"status\":\"agreed-ad-ref\"");
    }

    @Test
    void aChosenAlternativeIsNamedAsDelegationsNameIt() {
        assertThat(new AlternativeChosenEvent("d1", "op5", 2, List.of(), "BRA", AT).source()).isEqualTo("Alt 2");
    }
}
