package org.plenary.command.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.shared.draft.CoSponsorJoinedEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox state without a write per event: each event carries its incarnation and number, and what is unpublished
 * is what lies at or above its incarnation's watermark (or says {@code p: false}, as events stored before did).
 */
class PublicationWatermarkTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();
    private MongoCollection<Document> events;
    private PublicationMarks marks;
    private PublicationLog log;

    @BeforeEach
    void setUp() {
        MongoDatabase database = mongo.emptyDatabase("watermark");
        events = database.getCollection("events");
        MongoEventStorageEngine.createIndexes(events);
        marks = new PublicationMarks(database.getCollection("publication_marks"), Duration.ofDays(1));
        log = new PublicationLog(events, marks);
    }

    private static DomainEventMessage<?> joined(String draft, long seq, String who) {
        return new GenericDomainEventMessage<>("DraftResolution", draft, seq,
                new CoSponsorJoinedEvent(draft, who, who, Instant.parse("2017-05-23T10:00:00Z")));
    }

    /** An engine whose publisher acknowledges every event at once, as Kafka would. */
    private MongoEventStorageEngine acknowledging(Incarnation incarnation, List<StoredEvent> sent) {
        return new MongoEventStorageEngine(events, incarnation, stored -> {
            sent.addAll(stored);
            stored.forEach(e -> incarnation.counter().done(e.number()));
        });
    }

    @Test
    void eachEventCarriesItsIncarnationAndNumberAndNothingIsUpdatedWhenKafkaAcknowledges() {
        Incarnation incarnation = marks.register();
        List<StoredEvent> sent = new ArrayList<>();
        MongoEventStorageEngine engine = acknowledging(incarnation, sent);

        engine.appendEvents(List.of(joined("d", 0, "FRA"), joined("d", 1, "DEU")));
        engine.appendEvents(List.of(joined("e", 0, "KEN")));

        assertThat(sent).extracting(StoredEvent::number).containsExactly(0L, 1L, 2L);
        Document stored = events.find(new Document("_id", "e/0")).first();
        assertThat(stored).containsEntry("n", incarnation.id()).containsEntry("c", 2L).doesNotContainKey("p");
        assertThat(log.unpublished()).as("the watermark is still 0 in the store").hasSize(3);

        marks.advance(incarnation.id(), incarnation.counter().watermark());

        assertThat(log.unpublished()).isEmpty();
        assertThat(events.find(new Document("_id", "e/0")).first()).isEqualTo(stored);
    }

    @Test
    void aFailedInsertDoesNotHoldTheWatermarkBack() {
        Incarnation incarnation = marks.register();
        MongoEventStorageEngine engine = acknowledging(incarnation, new ArrayList<>());
        MongoEventStorageEngine otherNode = new MongoEventStorageEngine(events, marks.register(), stored -> { });
        engine.appendEvents(List.of(joined("d", 0, "FRA")));
        otherNode.appendEvents(List.of(joined("d", 1, "DEU")));
        otherNode.appendEvents(List.of(joined("e", 1, "DEU")));

        assertThatThrownBy(() -> engine.appendEvents(List.of(joined("d", 1, "KEN")))) // one event: the group insert
                .isInstanceOf(ConcurrencyException.class);
        engine.appendEvents(List.of(joined("e", 0, "KEN")));
        assertThatThrownBy(() -> engine.appendEvents(List.of(joined("e", 1, "KEN"), joined("e", 2, "PER")))) // ordered
                .isInstanceOf(ConcurrencyException.class);
        engine.appendEvents(List.of(joined("f", 0, "KEN")));

        assertThat(incarnation.counter().next()).isEqualTo(6);
        assertThat(incarnation.counter().watermark()).as("numbers of inserts that stored nothing are done").isEqualTo(6);
    }

    @Test
    void anAppendNotMadeDurableStaysOutstandingForRecovery() {
        Incarnation incarnation = marks.register();
        MongoEventStorageEngine engine = new MongoEventStorageEngine(events, incarnation, stored -> { }, null, () -> {
            throw new IllegalStateException("disk gone");
        }, MongoEventStorageEngine.DEFAULT_MAX_EVENT_BYTES);

        assertThatThrownBy(() -> engine.appendEvents(List.of(joined("d", 0, "FRA")))).hasMessage("disk gone");

        assertThat(incarnation.counter().watermark()).isZero();
        assertThat(log.unpublished()).extracting(StoredEvent::id).containsExactly("d/0");
    }

    @Test
    void eachIncarnationIsReadFromItsOwnWatermark() {
        Incarnation first = marks.register();
        Incarnation second = marks.register();
        MongoEventStorageEngine one = new MongoEventStorageEngine(events, first, stored -> { });
        MongoEventStorageEngine two = new MongoEventStorageEngine(events, second, stored -> { });
        one.appendEvents(List.of(joined("a", 0, "FRA")));
        two.appendEvents(List.of(joined("b", 0, "FRA")));
        one.appendEvents(List.of(joined("a", 1, "DEU")));
        two.appendEvents(List.of(joined("b", 1, "DEU")));
        marks.advance(first.id(), 1);  // a/0 acknowledged
        marks.advance(second.id(), 2); // b/0, b/1 acknowledged

        assertThat(log.unpublished()).extracting(StoredEvent::id).containsExactly("a/1");
    }

    @Test
    void eventsStoredBeforeTheWatermarksAreUnpublishedWhileTheySayPFalse() {
        events.insertOne(new Document("_id", "old/0").append("d", "old").append("s", 0L).append("e", "{}").append("p", true));
        events.insertOne(new Document("_id", "old/1").append("d", "old").append("s", 1L).append("e", "{}").append("p", false));

        assertThat(log.unpublished()).extracting(StoredEvent::id).containsExactly("old/1");
        log.markPublished(List.of("old/1"));
        assertThat(log.unpublished()).isEmpty();
    }

    @Test
    void aStoppedIncarnationLeavesItsDocumentOnlyWhenSomethingIsLeftToPublish() {
        Incarnation done = marks.register();
        Incarnation pending = marks.register();
        MongoEventStorageEngine acknowledged = acknowledging(done, new ArrayList<>());
        MongoEventStorageEngine notPublished = new MongoEventStorageEngine(events, pending, stored -> { });
        acknowledged.appendEvents(List.of(joined("a", 0, "FRA")));
        notPublished.appendEvents(List.of(joined("b", 0, "FRA")));

        done.close();
        pending.close();

        assertThat(marks.all()).singleElement().satisfies(mark -> {
            assertThat(mark.incarnation()).isEqualTo(pending.id());
            assertThat(mark.closed()).isTrue();
            assertThat(mark.watermark()).isZero();
        });
        assertThat(log.unpublished()).extracting(StoredEvent::id).containsExactly("b/0");
    }

    @Test
    void anIncarnationIsRetiredOnlyIfItDidNotWriteSinceItWasRead() {
        Incarnation incarnation = marks.register();
        PublicationMarks.Mark read = marks.all().get(0);
        marks.advance(incarnation.id(), 0); // the node was only slow: it writes again

        assertThat(marks.retire(read)).isFalse();
        assertThat(marks.retire(marks.all().get(0))).isTrue();
        assertThat(marks.all()).isEmpty();
    }

    /** A node on a clock the test moves, with a lease of 30 s, whose Kafka never acknowledges. */
    private record Node(AtomicLong clock, PublicationMarks marks, Incarnation incarnation, MongoEventStorageEngine engine) {

        void pause(Duration duration) {
            clock.addAndGet(duration.toNanos());
        }

        long writes() {
            return marks.all().get(0).version();
        }
    }

    private Node node(String database) {
        AtomicLong clock = new AtomicLong();
        PublicationMarks leased = new PublicationMarks(mongo.emptyDatabase(database).getCollection("marks"),
                Duration.ofSeconds(30), clock::get);
        Incarnation incarnation = leased.register();
        return new Node(clock, leased, incarnation, new MongoEventStorageEngine(events, incarnation, stored -> { }));
    }

    @Test
    void aNodeWritesItsDocumentBeforeAcknowledgingOnlyWhenItMayHaveBeenTakenForStopped() {
        Node node = node("stall");

        node.pause(Duration.ofSeconds(15)); // half the lease without a write: not yet
        node.engine().appendEvents(List.of(joined("a", 0, "FRA")));
        assertThat(node.writes()).as("written no more than half a lease ago: no write").isZero();

        node.pause(Duration.ofNanos(1)); // its marker thread stalled with it for longer
        node.engine().appendEvents(List.of(joined("a", 1, "DEU")));
        assertThat(node.writes()).as("written before the command is acknowledged").isEqualTo(1);
        assertThat(node.marks().all().get(0).watermark()).as("nothing acknowledged by Kafka: no higher").isZero();
        assertThat(node.incarnation().sinceMarked()).isZero();

        node.engine().appendEvents(List.of(joined("a", 2, "KEN")));
        assertThat(node.writes()).as("written again just now: no write").isEqualTo(1);
    }

    @Test
    void aNodeRetiredWhileItStalledWritesItsDocumentBackBeforeAcknowledgingWhatItStoresNext() {
        Node node = node("retired");
        node.pause(Duration.ofSeconds(31));
        assertThat(node.marks().retire(node.marks().all().get(0))).as("another node took it for stopped").isTrue();

        node.engine().appendEvents(List.of(joined("a", 0, "FRA")));

        assertThat(node.marks().all()).singleElement().satisfies(mark -> {
            assertThat(mark.incarnation()).isEqualTo(node.incarnation().id());
            assertThat(mark.watermark()).isZero();
        });
        assertThat(new PublicationLog(events, node.marks()).unpublished()).extracting(StoredEvent::id)
                .as("what it stored after its retirement is found by the next recovery").containsExactly("a/0");
    }

    @Test
    void reconcilingFindsPublishedOnlyWhatTheWatermarkHadNotPassed() {
        Incarnation incarnation = marks.register();
        List<StoredEvent> sent = new ArrayList<>();
        new MongoEventStorageEngine(events, incarnation, sent::addAll)
                .appendEvents(List.of(joined("a", 0, "FRA"), joined("a", 1, "DEU")));
        marks.advance(incarnation.id(), 1); // a/0 acknowledged and recorded; a/1 acknowledged, the node then died

        EventRestorer.Outcome outcome = new EventRestorer(events, log).restore(sent);

        assertThat(outcome.restored()).isZero();
        assertThat(outcome.markedPublished()).isEqualTo(1);
        assertThat(events.find(new Document("_id", "a/1")).first()).containsEntry("p", true);
        assertThat(events.find(new Document("_id", "a/0")).first()).doesNotContainKey("p");
        assertThat(log.unpublished()).isEmpty();
    }
}
