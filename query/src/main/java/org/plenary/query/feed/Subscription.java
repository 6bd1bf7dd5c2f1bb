package org.plenary.query.feed;

import org.plenary.query.projection.history.HistoryBucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One client's feed, of one draft or of all drafts. Per draft it keeps the last version sent, so every
 * version goes out exactly once and in order whatever Kafka delivers:
 * <ul>
 *   <li>a live event that is the next version is queued at once;</li>
 *   <li>one at or below the last version sent is a duplicate and is dropped;</li>
 *   <li>one beyond the next (a gap: missed while disconnected, published out of order, or not describable
 *       live) switches the draft to catching up: a task reads the missing versions from the stored history,
 *       polling while the projection has not stored them yet, and live events meanwhile only extend how far
 *       it must go. When it has caught up, the draft is live again.</li>
 * </ul>
 * Live events come from the fan-out thread and never wait: a full queue closes the connection (overflow).
 * Catching up fills at most half the free queue per step, so it is paced by the client and never overflows.
 */
final class Subscription {

    private static final Logger log = LoggerFactory.getLogger(Subscription.class);
    private static final int MAX_POLL_BACKOFF = 20;

    /** What every subscription of a node shares. */
    record Context(HistoryFeedReader history, FeedExecutors executors, FeedPositionStore positions,
                   Duration historyPoll, int positionDrafts) {
    }

    private static final class Cursor {
        long lastSent;
        long target;
        boolean catchingUp;
        int idlePolls;

        Cursor(long lastSent) {
            this.lastSent = lastSent;
            this.target = lastSent;
        }
    }

    private final String draftId;
    private final long start;
    private final FeedPosition position;
    private final SseConnection connection;
    private final Context context;
    private final Map<String, Cursor> cursors = new HashMap<>();
    private boolean rollingPosition;

    private Subscription(String draftId, long start, FeedPosition position, SseConnection connection, Context context) {
        this.draftId = draftId;
        this.start = start;
        this.position = position;
        this.connection = connection;
        this.context = context;
    }

    /** The feed of one draft, starting after version {@code start}. */
    static Subscription ofDraft(String draftId, long start, SseConnection connection, Context context) {
        return new Subscription(draftId, start, null, connection, context);
    }

    /** The feed of all drafts, starting after the versions of {@code position}. */
    static Subscription ofAllDrafts(FeedPosition position, SseConnection connection, Context context) {
        return new Subscription(null, 0, position, connection, context);
    }

    /** The draft of this feed; null for the feed of all drafts. */
    String draftId() {
        return draftId;
    }

    boolean wants(String id) {
        return draftId == null || draftId.equals(id);
    }

    SseConnection connection() {
        return connection;
    }

    /** A live event, on the fan-out thread: queued, dropped, or turned into a catch-up. Never waits. */
    synchronized void onLive(FeedItem item) {
        if (connection.isClosed() || !wants(item.draftId())) {
            return;
        }
        Cursor cursor = cursor(item.draftId());
        if (item.version() <= cursor.lastSent) {
            return;
        }
        if (!cursor.catchingUp && item.version() == cursor.lastSent + 1 && item.ready()) {
            if (!send(cursor, item)) {
                connection.close(SseConnection.Ending.OVERFLOW);
            }
            return;
        }
        reach(item.draftId(), item.version());
    }

    /** The draft is known to have reached {@code version}: whatever the client lacks up to it is caught up. */
    synchronized void reach(String id, long version) {
        if (connection.isClosed() || !wants(id)) {
            return;
        }
        Cursor cursor = cursor(id);
        if (version <= cursor.lastSent) {
            return;
        }
        cursor.target = Math.max(cursor.target, version);
        if (!cursor.catchingUp) {
            cursor.catchingUp = true;
            cursor.idlePolls = 0;
            context.executors().catchUp().execute(() -> catchUp(id));
        }
    }

    private Cursor cursor(String id) {
        return cursors.computeIfAbsent(id, k -> new Cursor(position == null ? start : position.version(k)));
    }

    /** Queues the item with its SSE id; false when the queue is full. Called with the lock held. */
    private boolean send(Cursor cursor, FeedItem item) {
        String id;
        if (position == null) {
            id = item.draftId() + ":" + item.version();
        } else {
            position.advance(item.draftId(), item.version());
            id = position.encode();
            rollPositionIfLong();
        }
        if (!connection.offer(frame(id, item.body()))) {
            return false;
        }
        cursor.lastSent = item.version();
        return true;
    }

    private static byte[] frame(String id, byte[] body) {
        byte[] head = ("id: " + id + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[head.length + body.length];
        System.arraycopy(head, 0, frame, 0, head.length);
        System.arraycopy(body, 0, frame, head.length, body.length);
        return frame;
    }

    /** One step of catching up a draft, on a catch-up thread: at most one bucket of history. */
    private void catchUp(String id) {
        long from;
        long to;
        int batch;
        synchronized (this) {
            if (connection.isClosed()) {
                return;
            }
            Cursor cursor = cursors.get(id);
            from = cursor.lastSent + 1;
            to = cursor.target;
            if (from > to) {
                cursor.catchingUp = false;
                return;
            }
            int room = connection.room();
            batch = Math.min(HistoryBucket.SIZE, room > 1 ? room / 2 : room);
            if (batch == 0) {
                later(id, cursor);
                return;
            }
        }
        List<FeedItem> items;
        try {
            items = context.history().read(id, from, to, batch);
        } catch (RuntimeException e) {
            log.warn("Reading the history of {} from version {} failed; retrying: {}", id, from, e.toString());
            items = List.of();
        }
        synchronized (this) {
            if (connection.isClosed()) {
                return;
            }
            Cursor cursor = cursors.get(id);
            for (FeedItem item : items) {
                if (item.version() == cursor.lastSent + 1 && !send(cursor, item)) {
                    connection.close(SseConnection.Ending.OVERFLOW);
                    return;
                }
            }
            if (cursor.lastSent >= cursor.target) {
                cursor.catchingUp = false;
                return;
            }
            if (items.isEmpty()) {
                later(id, cursor);
                return;
            }
            cursor.idlePolls = 0;
        }
        context.executors().catchUp().execute(() -> catchUp(id));
    }

    /** Tries again soon: history has not caught up with what this node saw live, or the client is reading slowly. */
    private void later(String id, Cursor cursor) {
        long delay = context.historyPoll().toMillis() << Math.min(cursor.idlePolls, 5);
        cursor.idlePolls++;
        context.executors().catchUp().schedule(() -> catchUp(id),
                Math.min(delay, context.historyPoll().toMillis() * MAX_POLL_BACKOFF), TimeUnit.MILLISECONDS);
    }

    /** Stores a new snapshot (off the fan-out thread) once the SSE id lists too many drafts. */
    private void rollPositionIfLong() {
        if (rollingPosition || position.movedCount() < context.positionDrafts()) {
            return;
        }
        rollingPosition = true;
        Map<String, Long> snapshot = position.versions();
        context.executors().catchUp().execute(() -> {
            String snapshotId = null;
            try {
                snapshotId = context.positions().save(snapshot);
            } catch (RuntimeException e) {
                log.warn("Cannot store a feed position; the SSE id stays long for now: {}", e.toString());
            }
            synchronized (this) {
                if (snapshotId != null) {
                    position.rebase(snapshotId, snapshot);
                }
                rollingPosition = false;
            }
        });
    }
}
