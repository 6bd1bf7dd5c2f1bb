package org.plenary.query.monitoring;

import com.mongodb.client.MongoClient;
import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ServerDescription;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.Objects;

/**
 * The projections' database: UP when the driver sees a server it can write to and it answers a ping. Asks the
 * driver's view of the cluster first, so a check while MongoDB is away answers at once.
 */
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient client;
    private final String database;

    StoreHealthIndicator(MongoClient client, String database) {
        super("MongoDB health check failed");
        this.client = Objects.requireNonNull(client, "client");
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        ClusterDescription cluster = client.getClusterDescription();
        boolean writable = cluster.getServerDescriptions().stream()
                .anyMatch(s -> s.isPrimary() || (s.isOk() && s.isStandAlone()));
        if (!writable) {
            builder.down().withDetail("database", database).withDetail("reason", "no writable MongoDB server in reach");
            return;
        }
        Document ping = client.getDatabase(database).runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database).withDetail("ping", ping.get("ok"));
    }
}
