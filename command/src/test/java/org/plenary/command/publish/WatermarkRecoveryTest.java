package org.plenary.command.publish;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.command.store.Incarnation;
import org.plenary.command.store.MongoEventStorageEngine;
import org.plenary.command.store.PublicationLog;
import org.plenary.command.store.PublicationMarks;
import org.plenary.command.store.StoredEvent;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.EventCodec;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing acknowledged to a client is left unpublished when nodes stop or crash between store and publish: the next
 * start sends what lies above each other incarnation's watermark (and what says {@code p: false}), then records it.
 * Kafka is a {@link MockProducer} that acknowledges at once; the publisher's background thread never runs here
 * (an interval of an hour): {@link KafkaEventPublisher#close()} records what was acknowledged, so nothing is timed.
 */
class WatermarkRecoveryTest {

    private static final String TOPIC = "events";
    private static final Duration HOUR = Duration.ofHours(1);

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();
    private MongoCollection<Document> events;
    private MongoCollection<Document> marksCollection;
    private PublicationMarks marks;
    private PublicationLog log;

    @BeforeEach
    void setUp() {
        MongoDatabase database = mongo.emptyDatabase("recovery");
        events = database.getCollection("events");
        marksCollection = database.getCollection("publication_marks");
        marks = new PublicationMarks(marksCollection, Duration.ofDays(1));
        log = new PublicationLog(events, marks);
    }

    private static DomainEventMessage<?> joined(String draft, long seq, String who) {
        return new GenericDomainEventMessage<>("DraftResolution", draft, seq,
                new CoSponsorJoinedEvent(draft, who, who, Instant.parse("2017-05-23T10:00:00Z")));
    }

    private static MockProducer<String, byte[]> kafka() {
        return new MockProducer<>(true, new StringSerializer(), new ByteArraySerializer());
    }

    private KafkaEventPublisher publisher(MockProducer<String, byte[]> kafka, Incarnation incarnation) {
        return publisher(kafka, log, incarnation, HOUR);
    }

    private static KafkaEventPublisher publisher(MockProducer<String, byte[]> kafka, PublicationLog log,
                                                 Incarnation incarnation, Duration markInterval) {
        return new KafkaEventPublisher(kafka, TOPIC, log, incarnation, null, markInterval, 1000);
    }

    private static List<String> sent(MockProducer<String, byte[]> kafka) {
        return kafka.history().stream().map(ProducerRecord::value)
                .map(value -> EventCodec.decode(new String(value, StandardCharsets.UTF_8)))
                .map(envelope -> StoredEvent.key(envelope.draftId(), envelope.seq())).toList();
    }

    /** A node that stored events and died before Kafka acknowledged some of them (its last watermark: {@code upTo}). */
    private Incarnation crashedAfter(long upTo, String draft, int count) {
        Incarnation incarnation = marks.register();
        MongoEventStorageEngine engine = new MongoEventStorageEngine(events, incarnation, stored -> { });
        for (int seq = 0; seq < count; seq++) {
            engine.appendEvents(List.of(joined(draft, seq, "D" + seq)));
        }
        incarnation.counter().done(0, (int) upTo); // Kafka acknowledged these, and the watermark was written
        incarnation.mark(incarnation.counter().watermark());
        return incarnation; // never closed: the process died
    }

    @Test
    void eventsStoredButNotAcknowledgedBeforeACrashArePublishedAtTheNextStart() {
        crashedAfter(2, "a", 4); // a/0 and a/1 were acknowledged and recorded before the crash

        MockProducer<String, byte[]> kafka = kafka();
        Incarnation next = marks.register();
        KafkaEventPublisher publisher = publisher(kafka, next);
        assertThat(publisher.recover()).isEqualTo(2);
        publisher.close();

        assertThat(sent(kafka)).containsExactly("a/2", "a/3");
        assertThat(log.unpublished()).as("recorded once Kafka acknowledged them").isEmpty();
        assertThat(events.find(Filters.eq("_id", "a/3")).first()).containsEntry("p", true);
        assertThat(marks.all()).extracting(PublicationMarks.Mark::incarnation)
                .as("a crashed incarnation looks alive until its lease ends: kept, so a live node is never retired")
                .contains(next.id()).hasSize(2);
    }

    @Test
    void everyStoppedIncarnationIsRecoveredFromItsOwnWatermarkAndRetired() {
        Incarnation first = crashedAfter(1, "a", 3);
        Incarnation second = crashedAfter(3, "b", 3); // everything acknowledged
        Incarnation third = crashedAfter(0, "c", 1);
        first.close();
        marksCollection.updateOne(Filters.eq("_id", third.id()), Updates.set("at", Date.from(Instant.now().minus(Duration.ofDays(2)))));

        MockProducer<String, byte[]> kafka = kafka();
        Incarnation next = marks.register();
        KafkaEventPublisher publisher = publisher(kafka, next);
        publisher.recover();
        publisher.close();

        assertThat(sent(kafka)).containsExactly("a/1", "a/2", "c/0");
        assertThat(marks.all()).extracting(PublicationMarks.Mark::incarnation)
                .as("the closed one and the one silent for longer than the lease are retired; the one that may be alive is not")
                .containsExactlyInAnyOrder(second.id(), next.id());
        assertThat(log.unpublished()).isEmpty();
    }

    @Test
    void aNodeTakenForStoppedWhileItStalledLosesNothingItStoresAfterwards() throws InterruptedException {
        PublicationMarks leased = new PublicationMarks(marksCollection, Duration.ofSeconds(2));
        PublicationLog leasedLog = new PublicationLog(events, leased);
        Incarnation stalled = leased.register();
        MongoEventStorageEngine engine = new MongoEventStorageEngine(events, stalled, stored -> { }); // no ack comes
        engine.appendEvents(List.of(joined("a", 0, "FRA")));
        Thread.sleep(2100); // silent for a lease: its process paused, its marker thread with it

        KafkaEventPublisher other = publisher(kafka(), leasedLog, leased.register(), Duration.ofMillis(200));
        other.recover(); // another node publishes what it left (a/0) and retires it
        other.close();
        assertThat(leased.all()).extracting(PublicationMarks.Mark::incarnation).doesNotContain(stalled.id());

        engine.appendEvents(List.of(joined("a", 1, "DEU"))); // it wakes, stores, acknowledges; dies before Kafka acks

        MockProducer<String, byte[]> kafka = kafka();
        KafkaEventPublisher next = publisher(kafka, leasedLog, leased.register(), Duration.ofMillis(200));
        next.recover();
        next.close();
        assertThat(sent(kafka)).as("the next start publishes what it stored after its retirement").contains("a/1");
        assertThat(leasedLog.unpublished()).isEmpty();
    }

    @Test
    void theWatermarkOfAStoppedNodeIsWrittenAndARestartSendsNothingTwice() {
        MockProducer<String, byte[]> kafka = kafka();
        Incarnation incarnation = marks.register();
        KafkaEventPublisher publisher = publisher(kafka, incarnation);
        MongoEventStorageEngine engine = new MongoEventStorageEngine(events, incarnation, publisher);
        engine.appendEvents(List.of(joined("a", 0, "FRA")));
        engine.appendEvents(List.of(joined("a", 1, "DEU"), joined("a", 2, "KEN")));
        publisher.close();
        incarnation.close();

        assertThat(marks.all()).as("everything was published: the incarnation is gone").isEmpty();
        MockProducer<String, byte[]> again = kafka();
        KafkaEventPublisher restarted = publisher(again, marks.register());
        assertThat(restarted.recover()).isZero();
        restarted.close();
        assertThat(sent(kafka)).containsExactly("a/0", "a/1", "a/2");
        assertThat(events.find(Filters.eq("_id", "a/2")).first()).as("no write per event").doesNotContainKey("p");
    }

    @Test
    void anEventStoredBeforeTheWatermarksThatSaysUnpublishedIsRecovered() {
        String old = EventCodec.encode(new org.plenary.shared.draft.EventEnvelope("old-1", "old", 1,
                new CoSponsorJoinedEvent("old", "FRA", "FRA", Instant.parse("2017-05-23T10:00:00Z"))));
        events.insertOne(new Document("_id", "old/0").append("d", "old").append("s", 0L).append("e", "{}").append("p", true));
        events.insertOne(new Document("_id", "old/1").append("d", "old").append("s", 1L).append("e", old).append("p", false));

        MockProducer<String, byte[]> kafka = kafka();
        KafkaEventPublisher publisher = publisher(kafka, marks.register());
        publisher.recover();
        publisher.close();

        assertThat(sent(kafka)).containsExactly("old/1");
        assertThat(events.find(Filters.eq("_id", "old/1")).first()).containsEntry("p", true);
        assertThat(log.unpublished()).isEmpty();
    }

    @Test
    void anEventKafkaRefusesForItsSizeIsMarkedUnpublishedAndDoesNotHoldTheWatermarkBack() {
        MockProducer<String, byte[]> kafka = new MockProducer<>(false, new StringSerializer(), new ByteArraySerializer());
        Incarnation incarnation = marks.register();
        KafkaEventPublisher publisher = publisher(kafka, incarnation);
        MongoEventStorageEngine engine = new MongoEventStorageEngine(events, incarnation, publisher);
        engine.appendEvents(List.of(joined("a", 0, "FRA")));
        engine.appendEvents(List.of(joined("a", 1, "DEU")));
        kafka.errorNext(new RecordTooLargeException("too large"));
        kafka.completeNext();
        publisher.close();

        assertThat(incarnation.counter().watermark()).isEqualTo(2);
        assertThat(events.find(Filters.eq("_id", "a/0")).first()).containsEntry("p", false);
        assertThat(log.unpublished()).extracting(StoredEvent::id).as("left for the next start, as before").containsExactly("a/0");
    }
}
