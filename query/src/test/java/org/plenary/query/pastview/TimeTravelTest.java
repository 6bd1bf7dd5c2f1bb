package org.plenary.query.pastview;

import com.mongodb.client.MongoDatabase;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.query.TestProjections;
import org.plenary.query.projection.ProjectionRun;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.DraftViewBuilder;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.AmendmentWithdrawnEvent;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.CoSponsorWithdrawnEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.ReplaceText;
import org.plenary.shared.json.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The view at any version, derived from the current view and text checkpoints, equals replaying the events. */
class TimeTravelTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    @Test
    void everyVersionEqualsTheEventsReplayedUpToIt() throws Exception {
        MongoDatabase database = mongo.emptyDatabase("time-travel-test");
        ProjectionStore store = new ProjectionStore(database);
        int interval = 7;
        TestProjections projections = TestProjections.on(store, interval);
        ProjectionRun projector = projections.set().run(store, 100);
        List<EventEnvelope> events = negotiation(260, new Random(11));
        List<String> expected = new ArrayList<>();
        DraftViewBuilder replayed = null;
        for (EventEnvelope envelope : events) {
            if (replayed == null) {
                replayed = DraftViewBuilder.submitted(envelope);
            } else {
                replayed.apply(envelope);
            }
            expected.add(Json.mapper().writeValueAsString(replayed.view()));
            projector.accept(envelope, new TopicPartition("t", 0), envelope.seq());
            if (envelope.seq() % 50 == 0) {
                projector.flush();
            }
        }
        projector.flush();
        TimeTravel timeTravel = new TimeTravel(store, projections.history(), projections.checkpoints());
        DraftView current = projections.drafts().find("d1");
        for (long version = 1; version <= events.size(); version++) {
            assertThat(Json.mapper().writeValueAsString(timeTravel.at(current, version)))
                    .as("version %d", version).isEqualTo(expected.get((int) version - 1));
        }
        // the text alone, with every checkpoint now cached, and in reverse order: the same texts
        for (long version = events.size(); version >= 1; version--) {
            assertThat(Json.mapper().writeValueAsString(timeTravel.textAt(current, version)))
                    .as("text at version %d", version)
                    .isEqualTo(Json.mapper().writeValueAsString(Json.mapper().readTree(expected.get((int) version - 1)).get("document")));
        }
        // in random order with few past texts kept (each read starts from whichever is kept, or the checkpoint)
        TimeTravel forgetful = new TimeTravel(store, projections.history(), projections.checkpoints(), 1000, 100, 3);
        Random order = new Random(5);
        for (int read = 0; read < 600; read++) {
            long version = 1 + order.nextInt(events.size());
            assertThat(Json.mapper().writeValueAsString(forgetful.textAt(current, version)))
                    .as("text at version %d, read %d", version, read)
                    .isEqualTo(Json.mapper().writeValueAsString(Json.mapper().readTree(expected.get((int) version - 1)).get("document")));
        }
    }

    private static List<EventEnvelope> negotiation(int size, Random random) {
        Instant at = Instant.parse("2017-05-23T10:00:00Z");
        DraftDocument document = new DraftDocument(null, "draft resolution", null, List.of("Brazil"), null, null, "T",
                "The General Assembly,", List.of(new Paragraph("pp1", "Recalling its earlier resolutions on the matter,")),
                List.of(new Paragraph("op1", "*Requests* the Secretary-General to report at its next session."),
                        new Paragraph("op2", "*Decides* to remain seized of the matter.")), List.of(), List.of());
        List<EventEnvelope> events = new ArrayList<>();
        events.add(new EventEnvelope("e0", "d1", 0, new DraftSubmittedEvent("d1", document, List.of("BRA"), "BRA", at)));
        List<String> pending = new ArrayList<>();
        List<String> sponsors = new ArrayList<>();
        int amendments = 0;
        String[] pool = {"FRA", "DEU", "JPN", "KEN"};
        while (events.size() < size) {
            long seq = events.size();
            Instant when = at.plusSeconds(seq * 60);
            DraftEvent event;
            int roll = random.nextInt(6);
            if (roll == 0) {
                String who = pool[random.nextInt(pool.length)];
                event = sponsors.remove(who) ? new CoSponsorWithdrawnEvent("d1", who, who, when)
                        : new CoSponsorJoinedEvent("d1", who, who, when);
                if (event instanceof CoSponsorJoinedEvent) {
                    sponsors.add(who);
                }
            } else if (roll <= 2 || pending.isEmpty()) {
                String id = "A" + (++amendments);
                int start = random.nextInt(10);
                List<EditOperation> ops = List.of(new ReplaceText(random.nextBoolean() ? "op1" : "op2", start, start + 3,
                        Integer.toString(100 + random.nextInt(900))));
                event = new AmendmentProposedEvent("d1", id, seq, "r", ops, "FRA", when);
                pending.add(id);
            } else {
                String id = pending.remove(random.nextInt(pending.size()));
                int decision = random.nextInt(4);
                AmendmentProposedEvent proposed = (AmendmentProposedEvent) events.stream().map(EventEnvelope::event)
                        .filter(e -> e instanceof AmendmentProposedEvent p && p.amendmentId().equals(id)).findFirst().orElseThrow();
                event = decision <= 1 ? new AmendmentAcceptedEvent("d1", id, proposed.operations(), "BRA", when)
                        : decision == 2 ? new AmendmentRejectedEvent("d1", id, "no", "BRA", when)
                        : new AmendmentWithdrawnEvent("d1", id, "FRA", when);
            }
            events.add(new EventEnvelope("e" + seq, "d1", seq, event));
        }
        return events;
    }
}
