package org.plenary.query.monitoring;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.clients.admin.Admin;
import org.plenary.query.config.QueryProperties;
import org.plenary.query.feed.FeedHub;
import org.plenary.query.projection.ProjectionConsumer;
import org.plenary.query.projection.ProjectionStatus;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.query.replay.ReplayProgress;
import org.plenary.query.replay.ReplayRunner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What operators see of the query app (Spring Boot Actuator): health {@code mongo}, {@code kafka} and
 * {@code projection} (readiness: {@code mongo} and {@code projection}, see query.yml), and the metrics
 * {@code plenary.projection.lag} per partition, {@code plenary.projection.events.applied},
 * {@code plenary.projection.duplicates}, {@code plenary.projection.failures}, {@code plenary.projection.rebalances},
 * {@code plenary.projection.generation}, {@code plenary.feed.clients}, {@code plenary.feed.events},
 * {@code plenary.feed.disconnects.overflow}, and the replay's {@code plenary.replay.running},
 * {@code plenary.replay.events.done}, {@code plenary.replay.events.on.topic}.
 */
@Configuration(proxyBeanMethods = false)
public class QueryMonitoringConfig {

    @Bean
    HealthIndicator mongo(MongoClient client, QueryProperties properties) {
        return new StoreHealthIndicator(client, properties.mongo().database());
    }

    @Bean
    HealthIndicator kafka(Admin queryKafkaAdmin) {
        return new BrokerHealthIndicator(queryKafkaAdmin);
    }

    @Bean
    HealthIndicator projection(ObjectProvider<ProjectionConsumer> consumer, QueryProperties properties) {
        ProjectionConsumer live = consumer.getIfAvailable();
        if (live == null) {
            return () -> Health.up().withDetail("projecting", "off (another node projects)").build();
        }
        return new ProjectionHealthIndicator(live.status(), properties.projection().maxReadyLag());
    }

    /** The lag per partition, refreshed every 2 s (partitions move between nodes). */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService lagGaugeRefresh() {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "plenary-lag-metrics");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    MeterBinder projectionMetrics(ObjectProvider<ProjectionConsumer> consumer, ProjectionStore store,
                                  ScheduledExecutorService lagGaugeRefresh) {
        return registry -> {
            Gauge.builder("plenary.projection.generation", store, ProjectionStore::generation)
                    .description("the generation of projections this node serves").register(registry);
            ProjectionConsumer live = consumer.getIfAvailable();
            if (live == null) {
                return;
            }
            ProjectionStatus status = live.status();
            FunctionCounter.builder("plenary.projection.events.applied", status, ProjectionStatus::applied)
                    .description("events this node projected").register(registry);
            FunctionCounter.builder("plenary.projection.duplicates", status, ProjectionStatus::duplicates)
                    .description("events delivered again and dropped (already applied)").register(registry);
            FunctionCounter.builder("plenary.projection.failures", status, ProjectionStatus::failures)
                    .description("batches not written or committed (each read again and retried)").register(registry);
            FunctionCounter.builder("plenary.projection.rebalances", status, ProjectionStatus::rebalances)
                    .description("times partitions were taken from this node").register(registry);
            MultiGauge lag = MultiGauge.builder("plenary.projection.lag")
                    .description("events on the topic not yet projected, per partition this node owns").register(registry);
            lagGaugeRefresh.scheduleWithFixedDelay(() -> lag.register(status.lag().entrySet().stream()
                    .map(e -> MultiGauge.Row.of(Tags.of("partition", Integer.toString(e.getKey().partition())), e.getValue()))
                    .toList(), true), 0, 2, TimeUnit.SECONDS);
        };
    }

    @Bean
    MeterBinder feedAndReplayMetrics(FeedHub hub, ReplayRunner replay) {
        return registry -> {
            Gauge.builder("plenary.feed.clients", hub, FeedHub::clients).description("open live feeds (SSE)")
                    .register(registry);
            FunctionCounter.builder("plenary.feed.events", hub, FeedHub::eventsPublished)
                    .description("events sent to the live feeds").register(registry);
            FunctionCounter.builder("plenary.feed.disconnects.overflow", hub, FeedHub::overflowDisconnects)
                    .description("feed clients disconnected for falling behind (they resume)").register(registry);
            Gauge.builder("plenary.replay.running", replay,
                            r -> r.progress().state() == ReplayProgress.State.RUNNING ? 1 : 0)
                    .description("1 while a replay runs (on any node)").register(registry);
            Gauge.builder("plenary.replay.events.done", replay, r -> r.progress().eventsDone())
                    .description("events the running or last replay has applied").register(registry);
            Gauge.builder("plenary.replay.events.on.topic", replay, r -> r.progress().eventsTotal())
                    .description("events on the topic when the replay started").register(registry);
        };
    }
}
