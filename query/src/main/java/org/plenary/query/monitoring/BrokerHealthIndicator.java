package org.plenary.query.monitoring;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** The Kafka cluster the events are read from: UP when it describes itself within the timeout. */
class BrokerHealthIndicator extends AbstractHealthIndicator {

    private static final int TIMEOUT_MS = 2000;
    private final Admin admin;

    BrokerHealthIndicator(Admin admin) {
        super("Kafka health check failed");
        this.admin = Objects.requireNonNull(admin, "admin");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS)).nodes()
                .get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
        builder.up().withDetail("brokers", nodes);
    }
}
