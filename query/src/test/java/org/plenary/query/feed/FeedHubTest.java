package org.plenary.query.feed;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.shared.draft.EventEnvelope;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.query.feed.FeedFixture.await;
import static org.plenary.query.feed.FeedFixture.events;

/**
 * The fan-out of live events to feed clients, and each client's subscription: every version once and in order
 * whatever Kafka delivers, gaps caught up from the stored history, a client that does not read disconnected
 * rather than waited for.
 */
class FeedHubTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private FeedFixture feed;

    @BeforeEach
    void setUp() {
        feed = new FeedFixture(mongo.emptyDatabase("feed-hub-test"), 4);
    }

    @AfterEach
    void tearDown() {
        feed.close();
    }

    @Test
    void aClientGetsEveryVersionOnceInOrderDuplicatesDroppedAndAGapCaughtUpFromHistory() throws Exception {
        List<EventEnvelope> events = events("d1", 6);
        feed.project(events); // the projection is at version 6
        FeedFixture.Client client = feed.draftClient("d1", 1, FeedFixture.Stream.reading());

        feed.hub.publish(events.get(1)); // version 2: the next one, sent live
        feed.hub.publish(events.get(1)); // delivered twice
        feed.hub.publish(events.get(5)); // version 6: 3 to 5 were missed, read from history
        feed.hub.publish(events.get(3)); // version 4 arrives late: sent already

        await("version 6", () -> client.stream().ids().contains("d1:6"));
        assertThat(client.stream().ids()).containsExactly("d1:2", "d1:3", "d1:4", "d1:5", "d1:6");
        assertThat(client.stream().text()).contains("event: CoSponsorJoinedEvent", "France joined as co-sponsor");
        assertThat(feed.hub.eventsPublished()).isEqualTo(4);
        assertThat(feed.hub.clients()).isEqualTo(1);
    }

    @Test
    void aNewClientLearnsWhatTheNodeSawBeforeItCameSoNothingFallsBetween() throws Exception {
        List<EventEnvelope> events = events("d1", 3);
        feed.project(events);
        feed.hub.publish(events.get(1));
        feed.hub.publish(events.get(2)); // seen live by this node before the client registers

        FeedFixture.Client client = feed.draftClient("d1", 1, FeedFixture.Stream.reading());

        await("version 3", () -> client.stream().ids().contains("d1:3"));
        assertThat(client.stream().ids()).containsExactly("d1:2", "d1:3");
    }

    @Test
    void aClientThatDoesNotReadIsDisconnectedAndTheOthersGoOn() throws Exception {
        List<EventEnvelope> events = events("d1", 8);
        feed.project(events);
        FeedFixture.Client stalled = feed.draftClient("d1", 1, FeedFixture.Stream.notReading());
        FeedFixture.Client reader = feed.draftClient("d1", 1, FeedFixture.Stream.reading());

        for (EventEnvelope e : events.subList(1, events.size())) { // 7 events for a buffer of 4: the stalled one overflows
            feed.hub.publish(e);
            String id = "d1:" + e.version();
            await("the reader at " + id, () -> reader.stream().ids().contains(id)); // a reader that keeps up
        }

        assertThat(stalled.connection().isClosed()).isTrue();
        assertThat(stalled.stream().endings).containsExactly(SseConnection.Ending.OVERFLOW);
        assertThat(feed.hub.overflowDisconnects()).isEqualTo(1);
        assertThat(feed.hub.clients()).isEqualTo(1);
        assertThat(reader.stream().ids()).hasSize(7);
    }

    @Test
    void theFeedOfAllDraftsCarriesAPositionToResumeFromOnAnyNode() throws Exception {
        List<EventEnvelope> first = events("d1", 2);
        List<EventEnvelope> second = events("d2", 2);
        feed.project(first);
        feed.project(second);
        Map<String, Long> submitted = FeedFixture.versions("d1", 1, "d2", 1);
        String snapshot = feed.positions.save(submitted);
        FeedFixture.Client client = feed.allDraftsClient(new FeedPosition(snapshot, submitted, Map.of()),
                FeedFixture.Stream.reading());

        feed.hub.publish(first.get(1));
        feed.hub.publish(second.get(1));

        await("both drafts", () -> client.stream().ids().size() == 2);
        List<String> ids = client.stream().ids();
        assertThat(ids.get(0)).isEqualTo(snapshot + ",d1:2");
        FeedPosition.Parsed last = FeedPosition.parse(ids.get(1));
        assertThat(last.snapshotId()).isEqualTo(snapshot);
        assertThat(last.moved()).isEqualTo(FeedFixture.versions("d1", 2, "d2", 2));
    }

    @Test
    void closingAllEndsEveryFeedForClientsToResumeElsewhere() throws Exception {
        FeedFixture.Client one = feed.draftClient("d1", 0, FeedFixture.Stream.reading());
        FeedFixture.Client all = feed.allDraftsClient(new FeedPosition(feed.positions.save(Map.of()), Map.of(), Map.of()),
                FeedFixture.Stream.reading());
        assertThat(feed.hub.clients()).isEqualTo(2);

        feed.hub.closeAll();

        assertThat(one.stream().endings).containsExactly(SseConnection.Ending.SHUTDOWN);
        assertThat(all.stream().endings).containsExactly(SseConnection.Ending.SHUTDOWN);
        assertThat(feed.hub.clients()).isZero();
    }
}
