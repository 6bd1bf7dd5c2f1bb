package org.plenary.shared.draft;

import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.ReplaceText;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    private static final Instant AT = Instant.parse("2017-05-23T10:15:30.123456789Z");

    static List<DraftEvent> everyKind() {
        DraftDocument document = new DraftDocument(new Header("Economic and Social Council", null, "23 May 2017", null,
                null, null, null, "Agenda item 7", null), "draft resolution", "E/CN.15/2017/L.4", List.of("Brazil", "China"),
                null, null, "Title “quoted” ¹", "The Commission,",
                List.of(new Paragraph("pp1", "Recalling [65/230](#),")),
                List.of(new Paragraph("op1", "*Decides*:", List.of(new Item("op1.1", "(a)", "x", List.of())))),
                List.of(), List.of());
        List<EditOperation> ops = List.of(new ReplaceText("op1", 0, 9, "*Urges*"), new InsertParagraph(Section.PREAMBLE, null, "Noting,", "pp2"),
                new DeleteParagraph("op1.1"));
        return List.of(
                new DraftSubmittedEvent("d1", document, List.of("BRA", "CHN"), "SECRETARIAT", AT),
                new CoSponsorJoinedEvent("d1", "FRA", "FRA", AT),
                new CoSponsorWithdrawnEvent("d1", "FRA", "FRA", AT),
                new AmendmentProposedEvent("d1", "A1", 3, "clearer", ops, "FRA", AT),
                new AmendmentAcceptedEvent("d1", "A1", ops, "BRA", AT),
                new AmendmentRejectedEvent("d1", "A2", null, "BRA", AT),
                new AmendmentWithdrawnEvent("d1", "A3", "KEN", AT));
    }

    @Test
    void everyEventTypeRoundTripsFromTextAndBytes() {
        long seq = 0;
        for (DraftEvent event : everyKind()) {
            EventEnvelope envelope = new EventEnvelope("e" + seq, "d1", seq++, event);
            String json = EventCodec.encode(envelope);
            assertThat(EventCodec.decode(json)).isEqualTo(envelope);
            assertThat(EventCodec.decode(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(envelope);
            assertThat(json).startsWith("{\"eventId\":\"e").contains("\"type\":\"" + event.getClass().getSimpleName() + "\"");
        }
    }

    @Test
    void envelopesWithAnotherFieldOrderStillRead() {
        String json = "{\"event\":{\"draftId\":\"d1\",\"delegation\":\"FRA\",\"actor\":\"FRA\",\"at\":\"2017-05-23T10:15:30Z\"},"
                + "\"seq\":4,\"type\":\"CoSponsorJoinedEvent\",\"draftId\":\"d1\",\"eventId\":\"x\",\"extra\":[1,{\"a\":2}]}";
        EventEnvelope envelope = EventCodec.decode(json);
        assertThat(envelope.seq()).isEqualTo(4);
        assertThat(envelope.event()).isEqualTo(new CoSponsorJoinedEvent("d1", "FRA", "FRA", Instant.parse("2017-05-23T10:15:30Z")));
        String unknownField = "{\"eventId\":\"x\",\"draftId\":\"d1\",\"seq\":1,\"later\":{\"a\":[1]},\"type\":\"CoSponsorJoinedEvent\","
                + "\"event\":{\"draftId\":\"d1\",\"delegation\":\"FRA\",\"actor\":\"FRA\",\"at\":\"2017-05-23T10:15:30Z\"}}";
        assertThat(EventCodec.decode(unknownField).event()).isInstanceOf(CoSponsorJoinedEvent.class);
    }

    @Test
    void whatIsNotAnEnvelopeIsRefusedWithAMessage() {
        assertThatThrownBy(() -> EventCodec.decode("[1,2]")).hasMessageContaining("not an event envelope");
        assertThatThrownBy(() -> EventCodec.decode("{\"seq\":1}")).hasMessageContaining("required");
        assertThatThrownBy(() -> EventCodec.decode("{\"draftId\":\"d\",\"seq\":1,\"type\":\"Nope\",\"event\":{}}"))
                .hasMessageContaining("unknown event type Nope");
        assertThatThrownBy(() -> EventCodec.decode("{not json")).hasMessageContaining("not an event envelope");
    }
}
