package org.plenary.query.feed;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.query.web.NotFoundException;
import org.plenary.shared.draft.EventEnvelope;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.plenary.query.feed.FeedFixture.await;
import static org.plenary.query.feed.FeedFixture.events;

/** Opening a feed: where a client starts, what it is sent first, and mistakes refused before the stream starts. */
class FeedSubscriptionsTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private FeedFixture feed;
    private FeedSubscriptions subscriptions;
    private List<EventEnvelope> events;

    @BeforeEach
    void setUp() {
        feed = new FeedFixture(mongo.emptyDatabase("feed-subscriptions-test"), 100);
        subscriptions = new FeedSubscriptions(feed.hub, feed.projections.drafts(), feed.positions, feed.history,
                feed.executors, feed.properties);
        events = events("d1", 6);
        feed.project(events.subList(0, 5)); // the projection is at version 5
    }

    @AfterEach
    void tearDown() {
        feed.close();
    }

    @Test
    void aDraftFeedResumesAfterTheClientsLastVersionFromHistoryThenLive() throws Exception {
        FeedFixture.Stream stream = open(2L);
        await("version 5", () -> stream.ids().contains("d1:5"));

        feed.hub.publish(events.get(5));

        await("version 6", () -> stream.ids().contains("d1:6"));
        assertThat(stream.text()).startsWith("retry: 2000\n\n");
        assertThat(stream.ids()).containsExactly("d1:3", "d1:4", "d1:5", "d1:6");
    }

    @Test
    void withoutAPositionADraftFeedStartsAtTheProjectedVersion() throws Exception {
        FeedFixture.Stream stream = open(null);

        feed.hub.publish(events.get(5));

        await("version 6", () -> stream.ids().contains("d1:6"));
        assertThat(stream.ids()).containsExactly("d1:6");
    }

    @Test
    void anUnknownDraftIsA404BeforeAnyStreamStarts() throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);

        assertThatThrownBy(() -> subscriptions.openDraftFeed("nope", null, request, mock(HttpServletResponse.class)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nope");
        verify(request, never()).startAsync(any(), any());
    }

    @Test
    void anAllDraftsPositionThisDeploymentNeverIssuedTellsTheClientToReload() throws Exception {
        FeedFixture.Stream stream = FeedFixture.Stream.reading();
        subscriptions.openAllDraftsFeed("unknownsnapshot,d1:3", request(stream), mock(HttpServletResponse.class));

        feed.hub.publish(events.get(5));

        await("version 6", () -> stream.ids().size() == 1);
        assertThat(stream.text()).contains("event: reset\ndata: {\"reason\":\"unknown feed position; reload the drafts\"}");
        FeedPosition.Parsed position = FeedPosition.parse(stream.ids().get(0));
        assertThat(position.snapshotId()).isNotEqualTo("unknownsnapshot");
        assertThat(feed.positions.find(position.snapshotId())).isEqualTo(FeedFixture.versions("d1", 5));
        assertThat(position.moved()).isEqualTo(FeedFixture.versions("d1", 6));
    }

    private FeedFixture.Stream open(Long after) throws Exception {
        FeedFixture.Stream stream = FeedFixture.Stream.reading();
        subscriptions.openDraftFeed("d1", after, request(stream), mock(HttpServletResponse.class));
        return stream;
    }

    /** A request whose asynchronous response writes to {@code stream}. */
    private static HttpServletRequest request(FeedFixture.Stream stream) throws Exception {
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.getOutputStream()).thenReturn(stream);
        AsyncContext async = mock(AsyncContext.class);
        when(async.getResponse()).thenReturn(response);
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.startAsync(any(), any())).thenReturn(async);
        return request;
    }
}
