package org.plenary.query.feed;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FeedPositionStoreTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    @Test
    void snapshotsOlderThanTheCutoffAreDeletedAndTheOthersKept() {
        MongoDatabase database = mongo.emptyDatabase("feed-positions-test");
        FeedPositionStore store = new FeedPositionStore(database);
        String old = store.save(Map.of("d1", 3L));
        String recent = store.save(Map.of("d1", 5L, "d2", 1L));
        Instant eightDaysAgo = Instant.now().minus(Duration.ofDays(8));
        database.getCollection("feed_positions").updateOne(Filters.eq("_id", old), Updates.set("at", eightDaysAgo.toString()));

        assertThat(store.deleteOlderThan(Instant.now().minus(Duration.ofDays(7)))).isEqualTo(1);

        assertThat(store.find(old)).isNull(); // a client resuming from it is reset (FeedSubscriptions)
        assertThat(store.find(recent)).isEqualTo(Map.of("d1", 5L, "d2", 1L));
        assertThat(store.deleteOlderThan(Instant.now().minus(Duration.ofDays(7)))).isZero();
    }
}
