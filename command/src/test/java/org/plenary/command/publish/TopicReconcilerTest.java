package org.plenary.command.publish;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.command.store.EventRestorer;
import org.plenary.command.store.PublicationLog;
import org.plenary.command.store.PublicationMarks;
import org.plenary.command.store.ReconciledOffsets;
import org.plenary.command.store.StoredEvent;
import org.plenary.embedded.EmbeddedKafkaBroker;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;

import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store is reconciled with the topic at start, on a real broker: what the topic holds and the store lacks is
 * restored as published; what the store holds unpublished but the topic has is marked published; an event that
 * differs is kept and reported; the next start reads only what came after.
 */
class TopicReconcilerTest {

    private static final String TOPIC = "reconcile-events";
    private static EmbeddedKafkaBroker kafka;
    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafkaBroker.builder().build().start();
        kafka.ensureTopic(TOPIC, 4);
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    private static String json(String draft, long seq, String who) {
        return EventCodec.encode(new EventEnvelope("event-" + draft + "-" + seq + "-" + who, draft, seq,
                new CoSponsorJoinedEvent(draft, who, who, Instant.parse("2017-05-23T10:00:00Z"))));
    }

    private static void publish(List<String> events) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            for (String json : events) {
                producer.send(new ProducerRecord<>(TOPIC, EventCodec.decode(json).draftId(), json.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    private static void store(MongoCollection<Document> events, String json, boolean published) {
        EventEnvelope envelope = EventCodec.decode(json);
        events.insertOne(new Document("_id", StoredEvent.key(envelope.draftId(), envelope.seq())).append("d", envelope.draftId())
                .append("s", envelope.seq()).append("e", json).append("p", published));
    }

    private static PublicationMarks marks(MongoDatabase database) {
        return new PublicationMarks(database.getCollection("publication_marks"), Duration.ofDays(1));
    }

    private static TopicReconciler reconciler(MongoDatabase database, AtomicInteger flushes) {
        MongoCollection<Document> events = database.getCollection("events");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
        return new TopicReconciler(consumer, TOPIC, new EventRestorer(events, new PublicationLog(events, marks(database))),
                new ReconciledOffsets(database.getCollection("marks"), TOPIC), flushes::incrementAndGet);
    }

    @Test
    void restoresWhatTheStoreLostKeepsWhatDiffersAndNextTimeReadsOnlyWhatIsNew() {
        MongoDatabase database = mongo.emptyDatabase("reconcile");
        MongoCollection<Document> events = database.getCollection("events");
        List<String> onTopic = List.of(json("a", 0, "FRA"), json("a", 1, "DEU"), json("a", 2, "KEN"),
                json("b", 0, "FRA"), json("b", 1, "PER"));
        publish(onTopic);
        publish(List.of(onTopic.get(1))); // a duplicate delivery on the topic
        store(events, onTopic.get(0), true);
        store(events, onTopic.get(3), false);           // published, but the store never heard it was
        store(events, json("b", 1, "JPN"), true);       // the store decided b/1 differently: diverged before
        AtomicInteger flushes = new AtomicInteger();

        TopicReconciler.Result result = reconciler(database, flushes).reconcile();

        assertThat(result.read()).isEqualTo(6);
        assertThat(result.restored()).isEqualTo(2);
        assertThat(result.markedPublished()).isEqualTo(1);
        assertThat(result.diverged()).containsExactly("b/1");
        assertThat(flushes.get()).as("restored events are made durable").isEqualTo(1);
        assertThat(events.find(new Document("_id", "a/1")).first()).containsEntry("e", onTopic.get(1)).containsEntry("p", true);
        assertThat(events.find(new Document("_id", "a/2")).first()).containsEntry("e", onTopic.get(2)).containsEntry("p", true);
        assertThat(events.find(new Document("_id", "b/0")).first()).containsEntry("p", true);
        assertThat(events.find(new Document("_id", "b/1")).first().getString("e")).contains("JPN");
        assertThat(new PublicationLog(events, marks(database)).unpublished()).isEmpty();

        publish(List.of(json("a", 3, "ITA")));
        TopicReconciler.Result next = reconciler(database, flushes).reconcile();

        assertThat(next.read()).as("only what came after the marks").isEqualTo(1);
        assertThat(next.restored()).isEqualTo(1);
        assertThat(reconciler(database, flushes).reconcile().read()).isZero();
    }
}
