package org.plenary.command.monitoring;

import org.plenary.command.publish.KafkaEventPublisher;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.Objects;

/**
 * Whether this node accepts commands as far as publishing goes: DOWN once the events waiting for Kafka reach the
 * backlog limit (commands are refused with 503 then). Part of readiness: a node that refuses every command should
 * get no traffic.
 */
public class PublisherHealthIndicator extends AbstractHealthIndicator {

    private final KafkaEventPublisher publisher;
    private final long maxBacklog;

    public PublisherHealthIndicator(KafkaEventPublisher publisher, long maxBacklog) {
        super("publisher health check failed");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.maxBacklog = maxBacklog;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long backlog = publisher.backlog();
        (backlog >= maxBacklog ? builder.down() : builder.up()).withDetail("backlog", backlog)
                .withDetail("maxBacklog", maxBacklog).withDetail("published", publisher.published())
                .withDetail("failures", publisher.failures());
    }
}
