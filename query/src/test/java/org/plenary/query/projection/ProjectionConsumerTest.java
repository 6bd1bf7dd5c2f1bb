package org.plenary.query.projection;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.platform.kafka.ConsumerSettings;
import org.plenary.query.Await;
import org.plenary.query.EventTopics;
import org.plenary.query.TestProjections;
import org.plenary.query.projection.history.HistoryEntry;
import org.plenary.shared.draft.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live consumer on a real Kafka broker and the MongoDB-protocol server: every event projected once, offsets
 * committed only after the write and never past an event that waits for a gap, unreadable records kept.
 */
class ProjectionConsumerTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();
    @RegisterExtension
    static final EventTopics kafka = new EventTopics();

    @Test
    void projectsEachEventOnceCommitsWhatItWroteAndKeepsAnUnreadableRecord() throws Exception {
        String topic = kafka.topic("consumer-once", 1);
        TestProjections projections = projections("consumer-once");
        List<EventEnvelope> events = ProjectionRunTest.negotiation();
        kafka.send(topic, events.subList(0, 2));
        kafka.send(topic, events.subList(1, 2)); // delivered twice (a republished event)
        long unreadable = kafka.sendRaw(topic, "d1", "not an event".getBytes(StandardCharsets.UTF_8));
        kafka.send(topic, events.subList(2, 4));

        try (ProjectionConsumer consumer = start(topic, "g-once", projections)) {
            Await.until("version 4", () -> version(projections) == 4);
            Await.until("offsets committed", () -> kafka.committed("g-once").equals(Map.of(new TopicPartition(topic, 0), 6L)));
        }

        assertThat(projections.history().findBucket("d1", 0).entries()).extracting(HistoryEntry::seq)
                .containsExactly(0L, 1L, 2L, 3L);
        assertThat(projections.drafts().find("d1").coSponsors()).hasSize(1);
        Document kept = mongo.client().getDatabase("consumer-once").getCollection("dead_letters")
                .find(Filters.eq("_id", topic + "/0/" + unreadable)).first();
        assertThat(kept).isNotNull();
        assertThat(kept.getString("value")).isEqualTo("not an event");
    }

    @Test
    void anEventAfterAGapIsNotCommittedUntilTheGapIsFilledEvenAcrossARestart() throws Exception {
        String topic = kafka.topic("consumer-gap", 1);
        TestProjections projections = projections("consumer-gap");
        List<EventEnvelope> events = ProjectionRunTest.negotiation();
        TopicPartition partition = new TopicPartition(topic, 0);
        kafka.send(topic, List.of(events.get(0), events.get(2), events.get(3))); // seq 1 is late

        try (ProjectionConsumer consumer = start(topic, "g-gap", projections)) {
            awaitRead(consumer, partition, 3);
            assertThat(version(projections)).isEqualTo(1);
            assertThat(kafka.committed("g-gap")).isEqualTo(Map.of(partition, 1L)); // where seq 2 waits
        }

        try (ProjectionConsumer restarted = start(topic, "g-gap", projections)) { // nothing in memory: reads from 1
            kafka.send(topic, List.of(events.get(1)));
            Await.until("version 4", () -> version(projections) == 4);
            Await.until("all committed", () -> kafka.committed("g-gap").equals(Map.of(partition, 4L)));
        }
        assertThat(projections.history().findBucket("d1", 0).entries()).extracting(HistoryEntry::seq)
                .containsExactly(0L, 1L, 2L, 3L);
    }

    private static TestProjections projections(String name) {
        MongoDatabase database = mongo.emptyDatabase(name);
        return TestProjections.on(new ProjectionStore(database), 2);
    }

    private static ProjectionConsumer start(String topic, String group, TestProjections projections) {
        ProjectionConsumer consumer = new ProjectionConsumer(
                ConsumerSettings.of(kafka.bootstrapServers(), group).group(group).fromEarliest().newConsumer(), topic,
                projections.set().run(projections.store(), 100), projections.store(), new VersionNotifier(),
                Duration.ofMillis(50));
        consumer.start();
        return consumer;
    }

    /** Waits until the consumer has processed (applied or parked, written and committed) every record before {@code end}. */
    private static void awaitRead(ProjectionConsumer consumer, TopicPartition partition, long end) throws Exception {
        Await.until("records read up to " + end, () -> {
            Map<TopicPartition, Long> positions = new HashMap<>();
            consumer.betweenBatches(control -> positions.putAll(control.positions())).get();
            return positions.getOrDefault(partition, 0L) >= end;
        });
    }

    private static long version(TestProjections projections) {
        DraftView view = projections.drafts().find("d1");
        return view == null ? 0 : view.version();
    }
}
