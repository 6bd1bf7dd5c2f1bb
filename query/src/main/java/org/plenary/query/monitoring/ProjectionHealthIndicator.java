package org.plenary.query.monitoring;

import org.plenary.query.projection.ProjectionStatus;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.Map;
import java.util.TreeMap;

/**
 * This node's live projection: DOWN (and the node not ready) while its partitions are more than {@code maxReadyLag}
 * events behind, while its batches fail to be written (MongoDB away; they are retried), or once its consumer has
 * stopped. Details: generation, consumer group, lag per partition, events applied, failures.
 */
class ProjectionHealthIndicator extends AbstractHealthIndicator {

    private final ProjectionStatus status;
    private final long maxReadyLag;

    ProjectionHealthIndicator(ProjectionStatus status, long maxReadyLag) {
        super("projection health check failed");
        this.status = status;
        this.maxReadyLag = maxReadyLag;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Long> lag = new TreeMap<>();
        status.lag().forEach((partition, records) -> lag.put(Integer.toString(partition.partition()), records));
        long maxLag = status.maxLag();
        builder.withDetail("generation", status.generation()).withDetail("group", status.group())
                .withDetail("lag", lag).withDetail("maxLag", maxLag).withDetail("maxReadyLag", maxReadyLag)
                .withDetail("eventsApplied", status.applied()).withDetail("failedBatches", status.failures());
        if (status.stopped()) {
            builder.down().withDetail("reason", "the projection consumer has stopped");
        } else if (status.lastFailure() != null) {
            builder.down().withDetail("reason", "batches are not written since " + status.failingSince()
                    + " (retried): " + status.lastFailure());
        } else if (maxLag > maxReadyLag) {
            builder.down().withDetail("reason", "more than " + maxReadyLag + " events behind");
        } else {
            builder.up();
        }
    }
}
