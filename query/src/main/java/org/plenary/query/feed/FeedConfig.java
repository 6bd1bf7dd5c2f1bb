package org.plenary.query.feed;

import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.plenary.platform.kafka.ConsumerSettings;
import org.plenary.query.config.EventTopic;
import org.plenary.query.config.QueryProperties;
import org.plenary.query.pastview.TimeTravel;
import org.plenary.query.projection.DraftViewProjection;
import org.plenary.query.projection.history.NegotiationHistoryProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** The live feed: its own group-less Kafka consumer, the fan-out hub, history catch-up and the SSE writers. */
@Configuration(proxyBeanMethods = false)
public class FeedConfig {

    private static final Logger log = LoggerFactory.getLogger(FeedConfig.class);

    @Bean(destroyMethod = "close")
    FeedExecutors feedExecutors(FeedProperties properties) {
        return new FeedExecutors(properties.writerThreads(), properties.catchUpThreads());
    }

    @Bean
    FeedCaches feedCaches(FeedProperties properties) {
        return FeedCaches.of(properties);
    }

    @Bean
    FeedHub feedHub(DraftViewProjection drafts, FeedCaches caches, FeedProperties properties, FeedExecutors executors) {
        FeedHub hub = new FeedHub(new LiveEventPreparer(drafts, caches.texts(), caches.recent()), properties.cacheSize());
        long heartbeat = properties.heartbeat().toMillis();
        executors.writer().scheduleAtFixedRate(hub::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        return hub;
    }

    @Bean
    HistoryFeedReader historyFeedReader(DraftViewProjection drafts, NegotiationHistoryProjection history,
                                        TimeTravel timeTravel, FeedCaches caches) {
        return new HistoryFeedReader(drafts, history, timeTravel, caches.texts(), caches.recent());
    }

    @Bean
    FeedPositionStore feedPositionStore(MongoDatabase database, FeedProperties feed, FeedExecutors executors) {
        FeedPositionStore positions = new FeedPositionStore(database);
        // hourly, and once a minute after start: position snapshots older than the retention go
        executors.catchUp().scheduleWithFixedDelay(() -> expire(positions, feed.positionRetention()), 1, 60, TimeUnit.MINUTES);
        return positions;
    }

    private static void expire(FeedPositionStore positions, Duration retention) {
        try {
            long deleted = positions.deleteOlderThan(Instant.now().minus(retention));
            if (deleted > 0) {
                log.info("Deleted {} feed positions older than {}", deleted, retention);
            }
        } catch (RuntimeException e) { // caught: a task that throws is never run again; the next hour retries
            log.warn("Deleting old feed positions failed: {}", e.toString());
        }
    }

    @Bean
    FeedSubscriptions feedSubscriptions(FeedHub hub, DraftViewProjection drafts, FeedPositionStore positions,
                                        HistoryFeedReader history, FeedExecutors executors,
                                        FeedProperties properties) {
        return new FeedSubscriptions(hub, drafts, positions, history, executors, properties);
    }

    @Bean(destroyMethod = "close")
    FeedConsumer feedConsumer(QueryProperties query, FeedProperties properties, FeedHub hub, EventTopic checkedTopic) {
        KafkaConsumer<String, byte[]> consumer = ConsumerSettings.of(query.kafka().bootstrapServers(), "plenary-query-feed")
                .noTopicCreation().fetchWhen(properties.fetchMinBytes(), properties.fetchMaxWait())
                .newConsumer();
        FeedConsumer feedConsumer = new FeedConsumer(consumer, query.kafka().topic(), hub, properties.pollTimeout(),
                properties.partitionCheck());
        feedConsumer.start();
        return feedConsumer;
    }

    /**
     * Ends the open feeds as soon as the app starts closing: open streams would otherwise hold the web
     * server's graceful shutdown until its timeout. Clients reconnect elsewhere with their last id.
     */
    @Bean
    ApplicationListener<ContextClosedEvent> feedShutdown(FeedHub hub) {
        return event -> hub.closeAll();
    }
}
