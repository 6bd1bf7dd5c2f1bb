package org.plenary.query.replay;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.platform.kafka.ConsumerSettings;
import org.plenary.query.Await;
import org.plenary.query.EventTopics;
import org.plenary.query.TestProjections;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.GenerationWatcher;
import org.plenary.query.projection.ProjectionConsumer;
import org.plenary.query.projection.ProjectionGenerations;
import org.plenary.query.projection.ProjectionRun;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.query.projection.VersionNotifier;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.CoSponsorWithdrawnEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.EventEnvelope;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay on a real Kafka broker and the MongoDB-protocol server: every projection rebuilt from offset 0 into
 * a new generation while the live one serves, compared draft by draft, switched in; a difference reported.
 */
class ReplayRunnerTest {

    private static final Instant AT = Instant.parse("2017-05-23T10:00:00Z");
    /** Drafts and events per draft: more than a history bucket for d0, several partitions, small flushes. */
    private static final int DRAFTS = 5;

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();
    @RegisterExtension
    static final EventTopics kafka = new EventTopics();

    @Test
    void rebuildsEveryProjectionBesideTheLiveOnesComparesAndSwitchesWhileTheLiveConsumerGoesOn() throws Exception {
        String topic = kafka.topic("replay-live", 3);
        MongoDatabase database = mongo.emptyDatabase("replay-live");
        ProjectionStore live = new ProjectionStore(database);
        TestProjections projections = TestProjections.on(live, 10);
        ProjectionGenerations generations = new ProjectionGenerations(database);
        generations.activate(0, projections.set().generationKeys());
        List<EventEnvelope> events = negotiations();
        kafka.send(topic, events);
        kafka.send(topic, events.subList(0, 20)); // redelivered: the replay drops them as the live consumer does

        try (ProjectionConsumer consumer = new ProjectionConsumer(group -> ConsumerSettings.of(kafka.bootstrapServers(),
                "live").group(group).fromEarliest().newConsumer(), "replay-live", topic,
                projections.set().run(live, 100), live, new VersionNotifier(), Duration.ofMillis(50), Duration.ofMillis(100));
             GenerationWatcher watcher = new GenerationWatcher(generations, live, consumer, "node-a", "replay-live",
                     Duration.ofMillis(100))) {
            consumer.start();
            Await.until("the live projections", () -> versionOf(projections, "d0") == 150);
            ReplayRunner replay = new ReplayRunner(settings(topic), projections.set(), live, generations, watcher,
                    database, cluster("replay-live"));

            assertThat(replay.progress().state()).isEqualTo(ReplayProgress.State.IDLE);
            assertThat(replay.start().projections()).containsExactly("draft-view", "negotiation-history", "checkpoints");
            ReplayProgress done = replay.await(Duration.ofMinutes(2));

            assertThat(done.state()).as(done.error()).isEqualTo(ReplayProgress.State.DONE);
            assertThat(done.generation()).isEqualTo(1);
            assertThat(done.eventsDone()).isEqualTo(done.eventsTotal()).isEqualTo(events.size() + 20);
            assertThat(done.allEqual()).isTrue();
            assertThat(done.checksums()).hasSize(DRAFTS);
            assertThat(generations.active().orElseThrow().generation()).isEqualTo(1);
            assertThat(generations.active().orElseThrow().projections()).isEqualTo(projections.set().generationKeys());
            assertThat(live.generation()).isEqualTo(1);
            assertThat(consumer.status().group()).isEqualTo("replay-live.g1");
            assertThat(generations.servingNodes(Duration.ofMinutes(1))).containsEntry("node-a", 1);
            assertThat(database.listCollectionNames().into(new HashSet<>()))
                    .contains("drafts_g1", "history_g1", "checkpoints_g1").doesNotContain("drafts", "history", "checkpoints");

            EventEnvelope next = new EventEnvelope("more", "d1", versionOf(projections, "d1"),
                    new CoSponsorJoinedEvent("d1", "JPN", "JPN", AT));
            kafka.send(topic, List.of(next));
            Await.until("the live consumer projecting into the new generation", () -> versionOf(projections, "d1") == next.version());
        }
    }

    @Test
    void aDraftWhoseLiveProjectionDiffersFromTheRebuiltOneIsReported() throws Exception {
        String topic = kafka.topic("replay-differs", 2);
        MongoDatabase database = mongo.emptyDatabase("replay-differs");
        ProjectionStore live = new ProjectionStore(database);
        TestProjections projections = TestProjections.on(live, 10);
        List<EventEnvelope> events = negotiations();
        kafka.send(topic, events);
        ProjectionRun run = projections.set().run(live, 100); // a live generation, built without a live consumer
        for (int i = 0; i < events.size(); i++) {
            run.accept(events.get(i), new TopicPartition(topic, 0), i);
        }
        run.flush();
        database.getCollection("history").updateOne(Filters.eq("_id", "d2/0/1"), Updates.set("event", "{}"));

        ReplayRunner replay = new ReplayRunner(settings(topic), projections.set(), live, new ProjectionGenerations(database),
                null, database, cluster("replay-differs"));
        replay.start();
        ReplayProgress done = replay.await(Duration.ofMinutes(2));

        assertThat(done.state()).as(done.error()).isEqualTo(ReplayProgress.State.DONE);
        assertThat(done.allEqual()).isFalse();
        assertThat(done.checksums()).hasSize(DRAFTS);
        done.checksums().forEach((draftId, sums) -> assertThat(sums.equal()).as(draftId).isEqualTo(!draftId.equals("d2")));
        assertThat(projections.history().findBucket("d2", 0).entries()).hasSize(HISTORY_OF_D2); // the rebuilt one serves
    }

    private static final int HISTORY_OF_D2 = 30;

    private static ReplayRunner.Settings settings(String topic) {
        // a small heap bound and flush interval, so drafts are written before their partition ends
        return new ReplayRunner.Settings(kafka.bootstrapServers(), topic, 2, 50, 40, 2, 100_000);
    }

    private static ReplayRunner.Cluster cluster(String group) {
        return new ReplayRunner.Cluster("node-a", group, Duration.ofSeconds(15), Duration.ofSeconds(5));
    }

    private static long versionOf(TestProjections projections, String draftId) {
        DraftView view = projections.drafts().find(draftId);
        return view == null ? 0 : view.version();
    }

    /** Draft d0 with 150 events, the others 30 each, interleaved as on a busy topic. */
    private static List<EventEnvelope> negotiations() {
        DraftDocument document = new DraftDocument(null, "draft resolution", null, List.of("Brazil"), null, null, "T",
                "The General Assembly,", List.of(new Paragraph("pp1", "Recalling,")),
                List.of(new Paragraph("op1", "*Requests* a report.")), List.of(), List.of());
        List<List<EventEnvelope>> drafts = new ArrayList<>();
        for (int d = 0; d < DRAFTS; d++) {
            String id = "d" + d;
            List<EventEnvelope> draft = new ArrayList<>();
            draft.add(new EventEnvelope(id + "/0", id, 0, new DraftSubmittedEvent(id, document, List.of("BRA"), "BRA", AT)));
            for (long seq = 1; seq < (d == 0 ? 150 : HISTORY_OF_D2); seq++) {
                draft.add(new EventEnvelope(id + "/" + seq, id, seq, seq % 2 == 1
                        ? new CoSponsorJoinedEvent(id, "FRA", "FRA", AT.plusSeconds(seq))
                        : new CoSponsorWithdrawnEvent(id, "FRA", "FRA", AT.plusSeconds(seq))));
            }
            drafts.add(draft);
        }
        List<EventEnvelope> interleaved = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            for (List<EventEnvelope> draft : drafts) {
                if (i < draft.size()) {
                    interleaved.add(draft.get(i));
                }
            }
        }
        return interleaved;
    }
}
