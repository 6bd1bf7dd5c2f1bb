package org.plenary.query;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.CoSponsorWithdrawnEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.EventEnvelope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Event streams for the query side's tests. */
public final class TestNegotiations {

    public static final Instant AT = Instant.parse("2017-05-23T10:00:00Z");

    private TestNegotiations() {
    }

    /**
     * A draft's events: its submission by BRA, then FRA joining and withdrawing in turn ({@code count} in all, event
     * ids {@code e<seq>}, a second apart from {@link #AT}).
     */
    public static List<EventEnvelope> joinsAndWithdrawals(String draftId, int count) {
        DraftDocument document = new DraftDocument(null, "draft resolution", null, List.of("Brazil"), null, null, "T",
                "The General Assembly,", List.of(new Paragraph("pp1", "Recalling,")),
                List.of(new Paragraph("op1", "*Requests* a report.")), List.of(), List.of());
        List<EventEnvelope> events = new ArrayList<>();
        events.add(new EventEnvelope("e0", draftId, 0, new DraftSubmittedEvent(draftId, document, List.of("BRA"), "BRA", AT)));
        for (long seq = 1; seq < count; seq++) {
            events.add(new EventEnvelope("e" + seq, draftId, seq, seq % 2 == 1
                    ? new CoSponsorJoinedEvent(draftId, "FRA", "FRA", AT.plusSeconds(seq))
                    : new CoSponsorWithdrawnEvent(draftId, "FRA", "FRA", AT.plusSeconds(seq))));
        }
        return events;
    }
}
