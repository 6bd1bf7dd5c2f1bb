package org.plenary.query.monitoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.platform.kafka.ConsumerSettings;
import org.plenary.query.Await;
import org.plenary.query.EventTopics;
import org.plenary.query.TestNegotiations;
import org.plenary.query.TestProjections;
import org.plenary.query.projection.ProjectionConsumer;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.query.projection.VersionNotifier;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projection's health on a real broker and the MongoDB-protocol server: DOWN while the node is further behind
 * than the threshold, with the lag per partition; UP once it has caught up.
 */
class ProjectionHealthIndicatorTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();
    @RegisterExtension
    static final EventTopics kafka = new EventTopics();

    @Test
    void downWhileFurtherBehindThanTheThresholdUpOnceCaughtUp() throws Exception {
        String topic = kafka.topic("health-lag", 1);
        kafka.send(topic, TestNegotiations.joinsAndWithdrawals("h", 60));
        ProjectionStore store = new ProjectionStore(mongo.emptyDatabase("health-lag"));
        TestProjections projections = TestProjections.on(store, 10);
        CountDownLatch release = new CountDownLatch(1);
        try (ProjectionConsumer consumer = new ProjectionConsumer(group -> ConsumerSettings.of(kafka.bootstrapServers(),
                "health").group(group).fromEarliest().maxPollRecords(5).newConsumer(), "health-lag", topic,
                projections.set().run(store, 100), store, new VersionNotifier(), Duration.ofMillis(50), Duration.ofMillis(50))) {
            ProjectionHealthIndicator health = new ProjectionHealthIndicator(consumer.status(), 10);
            consumer.start();
            Await.until("a first batch", () -> consumer.status().applied() >= 5);
            consumer.betweenBatches(control -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Await.until("the lag measured", () -> consumer.status().maxLag() > 10);

            Health behind = health.health();
            assertThat(behind.getStatus()).isEqualTo(Status.DOWN);
            assertThat((String) behind.getDetails().get("reason")).isEqualTo("more than 10 events behind");
            assertThat(behind.getDetails().get("lag").toString()).startsWith("{0=");
            assertThat(behind.getDetails()).containsEntry("group", "health-lag").containsEntry("generation", 0);

            release.countDown();
            Await.until("caught up", () -> consumer.status().applied() == 60 && consumer.status().maxLag() == 0);
            Health caughtUp = health.health();
            assertThat(caughtUp.getStatus()).isEqualTo(Status.UP);
            assertThat(caughtUp.getDetails()).containsEntry("maxLag", 0L).containsEntry("eventsApplied", 60L);
        }
    }
}
