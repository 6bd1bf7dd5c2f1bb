package org.plenary.query.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Tunables of the live feed ({@code plenary.feed.*}); defaults and comments are in query.yml.
 *
 * @param heartbeat       an SSE comment is sent this often so proxies keep idle connections open
 * @param clientBuffer    events queued per client at most; a client that falls further behind is disconnected
 * @param retry           reconnection delay suggested to EventSource clients ({@code retry:} field)
 * @param historyPoll     how often a client waiting for the projection to store missed events re-reads history
 * @param pollTimeout     poll timeout of the feed's Kafka consumer
 * @param fetchMinBytes   the broker answers that consumer's fetch once this much is there ...
 * @param fetchMaxWait    ... or after this long (larger fetches cost the broker less; smaller ones arrive sooner)
 * @param partitionCheck  how often the feed's Kafka consumer looks for new partitions of the topic
 * @param cacheSize       drafts whose latest text (and latest version seen) the node keeps for the feed
 * @param recentEvents    feed events kept in memory for clients catching up (a reconnect storm reads them once)
 * @param positionDrafts  drafts listed in an all-drafts SSE id before the node stores a new position snapshot
 * @param positionRetention how long position snapshots are kept; a client resuming from an older one is reset
 * @param catchUpThreads  threads reading history for clients that catch up
 * @param writerThreads   threads writing queued events to clients (non-blocking writes)
 */
@ConfigurationProperties("plenary.feed")
public record FeedProperties(@DefaultValue("15s") Duration heartbeat,
                             @DefaultValue("1000") int clientBuffer,
                             @DefaultValue("2s") Duration retry,
                             @DefaultValue("50ms") Duration historyPoll,
                             @DefaultValue("100ms") Duration pollTimeout,
                             @DefaultValue("1") int fetchMinBytes,
                             @DefaultValue("50ms") Duration fetchMaxWait,
                             @DefaultValue("30s") Duration partitionCheck,
                             @DefaultValue("10000") int cacheSize,
                             @DefaultValue("10000") int recentEvents,
                             @DefaultValue("20") int positionDrafts,
                             @DefaultValue("7d") Duration positionRetention,
                             @DefaultValue("2") int catchUpThreads,
                             @DefaultValue("2") int writerThreads) {

    public FeedProperties {
        requirePositive(heartbeat, "plenary.feed.heartbeat");
        requirePositive(retry, "plenary.feed.retry");
        requirePositive(historyPoll, "plenary.feed.history-poll");
        requirePositive(pollTimeout, "plenary.feed.poll-timeout");
        requirePositive(fetchMaxWait, "plenary.feed.fetch-max-wait");
        requireAtLeastOne(fetchMinBytes, "plenary.feed.fetch-min-bytes");
        requirePositive(partitionCheck, "plenary.feed.partition-check");
        requirePositive(positionRetention, "plenary.feed.position-retention");
        requireAtLeastOne(clientBuffer, "plenary.feed.client-buffer");
        requireAtLeastOne(cacheSize, "plenary.feed.cache-size");
        requireAtLeastOne(recentEvents, "plenary.feed.recent-events");
        requireAtLeastOne(positionDrafts, "plenary.feed.position-drafts");
        requireAtLeastOne(catchUpThreads, "plenary.feed.catch-up-threads");
        requireAtLeastOne(writerThreads, "plenary.feed.writer-threads");
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, not " + value);
        }
    }

    private static void requireAtLeastOne(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }
}
