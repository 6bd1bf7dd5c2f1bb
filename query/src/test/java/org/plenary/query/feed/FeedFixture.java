package org.plenary.query.feed;

import com.mongodb.client.MongoDatabase;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.kafka.common.TopicPartition;
import org.plenary.query.Await;
import org.plenary.query.TestNegotiations;
import org.plenary.query.TestProjections;
import org.plenary.query.pastview.TimeTravel;
import org.plenary.query.projection.ProjectionRun;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.shared.draft.EventEnvelope;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A node's feed on the MongoDB-protocol server: projections, time travel, history catch-up, the hub, real
 * executors. Clients are {@link SseConnection}s on a mocked servlet response whose stream records what is written.
 */
final class FeedFixture implements AutoCloseable {

    static final Instant AT = TestNegotiations.AT;

    final TestProjections projections;
    final FeedExecutors executors = new FeedExecutors(1, 1);
    final FeedPositionStore positions;
    final FeedProperties properties;
    final FeedHub hub;
    final HistoryFeedReader history;
    final Subscription.Context context;
    private final ProjectionRun run;
    private long offset;

    FeedFixture(MongoDatabase database, int clientBuffer) {
        ProjectionStore store = new ProjectionStore(database);
        projections = TestProjections.on(store, 100);
        run = projections.set().run(store, 100);
        positions = new FeedPositionStore(database);
        properties = new FeedProperties(Duration.ofSeconds(15), clientBuffer, Duration.ofSeconds(2), Duration.ofMillis(10),
                Duration.ofMillis(100), 1, Duration.ofMillis(50), Duration.ofSeconds(30), 100, 100, 20, Duration.ofDays(7), 1, 1);
        FeedCaches caches = FeedCaches.of(properties);
        TimeTravel timeTravel = new TimeTravel(store, projections.history(), projections.checkpoints());
        hub = new FeedHub(new LiveEventPreparer(projections.drafts(), caches.texts(), caches.recent()), properties.cacheSize());
        history = new HistoryFeedReader(projections.drafts(), projections.history(), timeTravel, caches.texts(), caches.recent());
        context = new Subscription.Context(history, executors, positions, properties.historyPoll(), properties.positionDrafts());
    }

    /** The events of a draft: its submission, then FRA joining and withdrawing in turn ({@code count} in all). */
    static List<EventEnvelope> events(String draftId, int count) {
        return TestNegotiations.joinsAndWithdrawals(draftId, count);
    }

    /** Writes the events to the projections, as the projection consumer would. */
    void project(List<EventEnvelope> events) {
        for (EventEnvelope e : events) {
            run.accept(e, new TopicPartition("t", 0), offset++);
        }
        run.flush();
    }

    /** A client of the hub, as {@link FeedSubscriptions} opens one. */
    record Client(Subscription subscription, SseConnection connection, Stream stream) {
    }

    /** A client of one draft's feed, from version {@code start} on, registered with the hub. */
    Client draftClient(String draftId, long start, Stream stream) throws Exception {
        SseConnection connection = connection(stream);
        Subscription subscription = Subscription.ofDraft(draftId, start, connection, context);
        open(connection, subscription, stream);
        subscription.reach(draftId, hub.register(draftId, subscription));
        return new Client(subscription, connection, stream);
    }

    /** A client of the feed of all drafts, from {@code position} on, registered with the hub. */
    Client allDraftsClient(FeedPosition position, Stream stream) throws Exception {
        SseConnection connection = connection(stream);
        Subscription subscription = Subscription.ofAllDrafts(position, connection, context);
        open(connection, subscription, stream);
        hub.registerAllDrafts(subscription).forEach(subscription::reach);
        return new Client(subscription, connection, stream);
    }

    private SseConnection connection(Stream stream) throws Exception {
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.getOutputStream()).thenReturn(stream);
        AsyncContext async = mock(AsyncContext.class);
        when(async.getResponse()).thenReturn(response);
        return new SseConnection(async, properties.clientBuffer(), executors.writer());
    }

    private void open(SseConnection connection, Subscription subscription, Stream stream) {
        connection.start(ending -> {
            stream.endings.add(ending);
            hub.unregister(subscription, ending);
        });
    }

    /** Waits until {@code condition} holds (see {@link Await}). */
    static void await(String what, BooleanSupplier condition) throws Exception {
        Await.until(what, condition::getAsBoolean);
    }

    @Override
    public void close() {
        executors.close();
    }

    /** A client's response stream: records what is written; {@link #ready} false stands for a client that does not read. */
    static final class Stream extends ServletOutputStream {
        final List<SseConnection.Ending> endings = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final ByteArrayOutputStream written = new ByteArrayOutputStream();
        private volatile boolean ready = true;
        private volatile WriteListener listener;

        static Stream reading() {
            return new Stream();
        }

        static Stream notReading() {
            Stream stream = new Stream();
            stream.ready = false;
            return stream;
        }

        @Override
        public boolean isReady() {
            return ready;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            this.listener = listener;
            try {
                listener.onWritePossible(); // as the container does once the response is asynchronous
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            written.write(b, off, len);
        }

        /** The {@code id:} of every event written so far, in order. */
        synchronized List<String> ids() {
            List<String> ids = new ArrayList<>();
            for (String line : written.toString(StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("id: ")) {
                    ids.add(line.substring(4));
                }
            }
            return ids;
        }

        synchronized String text() {
            return written.toString(StandardCharsets.UTF_8);
        }
    }

    static Map<String, Long> versions(Object... draftsAndVersions) {
        Map<String, Long> versions = new java.util.HashMap<>();
        for (int i = 0; i < draftsAndVersions.length; i += 2) {
            versions.put((String) draftsAndVersions[i], ((Number) draftsAndVersions[i + 1]).longValue());
        }
        return versions;
    }
}
