package org.plenary.query.projection;

import com.mongodb.client.MongoDatabase;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.query.TestProjections;
import org.plenary.query.projection.history.HistoryBucket;
import org.plenary.query.projection.history.HistoryEntry;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.ReplaceText;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Exactly-once effect over at-least-once delivery, every projection written, against the MongoDB-protocol server. */
class ProjectionRunTest {

    private static final Instant AT = Instant.parse("2017-05-23T10:00:00Z");
    private static final TopicPartition P0 = new TopicPartition("t", 0);
    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();
    private TestProjections projections;
    private ProjectionRun projector;

    @BeforeEach
    void setUp() {
        MongoDatabase database = mongo.emptyDatabase("projector-test");
        projections = TestProjections.on(new ProjectionStore(database), 2);
        projector = newRun();
    }

    private ProjectionRun newRun() {
        return projections.set().run(projections.store(), 100);
    }

    private DraftView draft() {
        return projections.drafts().find("d1");
    }

    private HistoryBucket bucket(long number) {
        return projections.history().findBucket("d1", number);
    }

    static final List<EditOperation> OPS = List.of(new ReplaceText("op1", 0, 10, "*Urges*"));

    static EventEnvelope envelope(long seq, DraftEvent event) {
        return new EventEnvelope("e" + seq, "d1", seq, event);
    }

    static List<EventEnvelope> negotiation() {
        DraftDocument document = new DraftDocument(null, "draft resolution", null, List.of("Brazil"), null, null, "T",
                "The General Assembly,", List.of(new Paragraph("pp1", "Recalling,")),
                List.of(new Paragraph("op1", "*Requests* the Secretary-General to report.")), List.of(), List.of());
        return List.of(
                envelope(0, new DraftSubmittedEvent("d1", document, List.of("BRA"), "BRA", AT)),
                envelope(1, new CoSponsorJoinedEvent("d1", "FRA", "FRA", AT)),
                envelope(2, new AmendmentProposedEvent("d1", "A1", 2, null, OPS, "FRA", AT)),
                envelope(3, new AmendmentAcceptedEvent("d1", "A1", OPS, "BRA", AT)));
    }

    @Test
    void appliesEventsInOrderAndWritesThemInOneFlush() {
        long offset = 0;
        for (EventEnvelope e : negotiation()) {
            projector.accept(e, P0, offset++);
        }
        assertThat(projector.flush()).isEqualTo(Map.of("d1", 4L));

        DraftView view = draft();
        assertThat(view.version()).isEqualTo(4);
        assertThat(view.document().operative().get(0).text()).isEqualTo("*Urges* the Secretary-General to report.");
        assertThat(view.amendments().get(0).status().json()).isEqualTo("accepted");
        assertThat(bucket(0).entries()).extracting(HistoryEntry::seq).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void theHistoryKeepsEachEventAsTheJsonTheTopicCarried() {
        EventEnvelope submitted = negotiation().get(0);
        String onTheTopic = org.plenary.shared.draft.EventCodec.encode(submitted);
        projector.accept(submitted, onTheTopic, P0, 0);
        projector.flush();

        assertThat(bucket(0).toDocument().getList("events", String.class)).containsExactly(onTheTopic);
    }

    @Test
    void flushCompletedWritesFullBucketsAndCheckpointsButNotDraftsOrOpenBuckets() {
        List<EventEnvelope> events = new java.util.ArrayList<>(negotiation().subList(0, 2));
        for (long seq = 2; seq < HistoryBucket.SIZE + 3; seq++) { // alternate withdraw and join: always valid
            events.add(envelope(seq, seq % 2 == 0
                    ? new org.plenary.shared.draft.CoSponsorWithdrawnEvent("d1", "FRA", "FRA", AT)
                    : new CoSponsorJoinedEvent("d1", "FRA", "FRA", AT)));
        }
        for (int i = 0; i < events.size(); i++) {
            projector.accept(events.get(i), P0, i);
        }
        assertThat(projector.changedDrafts()).isEqualTo(1);

        projector.flushCompleted();

        assertThat(bucket(0).size()).isEqualTo(HistoryBucket.SIZE);
        assertThat(bucket(1)).isNull();
        assertThat(draft()).isNull();
        assertThat(projections.checkpoints().findText("d1", 2)).isNotNull(); // every 2 versions in this test
        assertThat(projector.changedDrafts()).isEqualTo(1);

        assertThat(projector.flush()).isEqualTo(Map.of("d1", (long) events.size()));
        assertThat(bucket(1).size()).isEqualTo(3);
        assertThat(draft().version()).isEqualTo(events.size());
        assertThat(projector.changedDrafts()).isZero();
    }

    @Test
    void aDraftAnotherNodeStoredFirstIsReplacedNotInsertedTwice() {
        List<EventEnvelope> events = negotiation();
        ProjectionRun other = newRun(); // e.g. the partition's previous owner
        other.accept(events.get(0), P0, 0);
        projector.accept(events.get(0), P0, 0);
        projector.accept(events.get(1), P0, 1);
        other.flush();

        assertThat(projector.flush()).isEqualTo(Map.of("d1", 2L)); // its inserts meet existing documents

        assertThat(draft().version()).isEqualTo(2);
        assertThat(bucket(0).entries()).extracting(HistoryEntry::seq).containsExactly(0L, 1L);
    }

    @Test
    void duplicatesChangeNothingEvenAfterARestart() {
        List<EventEnvelope> events = negotiation();
        for (int i = 0; i < events.size(); i++) {
            projector.accept(events.get(i), P0, i);
        }
        projector.flush();

        ProjectionRun restarted = newRun();
        for (int i = 0; i < events.size(); i++) {
            restarted.accept(events.get(i), P0, i);
            restarted.accept(events.get(i), P0, i);
        }
        assertThat(restarted.flush()).isEmpty();
        assertThat(restarted.duplicatesDropped()).isEqualTo(8);
        assertThat(draft().version()).isEqualTo(4);
        assertThat(draft().coSponsors()).hasSize(1);
        assertThat(bucket(0).entries()).hasSize(4);
    }

    @Test
    void aGapIsParkedAndItsOffsetNotCommittedUntilFilled() {
        List<EventEnvelope> events = negotiation();
        projector.accept(events.get(0), P0, 10);
        projector.accept(events.get(2), P0, 12);
        projector.accept(events.get(3), P0, 13);
        projector.flush();

        assertThat(draft().version()).isEqualTo(1);
        assertThat(projector.parkedCount()).isEqualTo(2);
        assertThat(projector.lowestParkedOffsets()).isEqualTo(Map.of(P0, 12L));

        projector.accept(events.get(1), P0, 14);
        projector.flush();

        assertThat(projector.parkedCount()).isZero();
        assertThat(projector.lowestParkedOffsets()).isEmpty();
        assertThat(draft().version()).isEqualTo(4);
        assertThat(bucket(0).entries()).extracting(HistoryEntry::seq).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void eventsBeforeTheSubmissionWaitForIt() {
        List<EventEnvelope> events = negotiation();
        projector.accept(events.get(1), P0, 1);
        projector.flush();
        assertThat(draft()).isNull();

        projector.accept(events.get(0), P0, 0);
        projector.flush();
        assertThat(draft().version()).isEqualTo(2);
    }
}
