package org.plenary.query.replay;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** One query node replays at a time: the lease on the MongoDB-protocol server, its renewal, expiry and take-over. */
class ReplayLeaseTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    @Test
    void oneOfManyNodesGetsTheLeaseAndTheOthersWaitUntilItIsFree() throws Exception {
        MongoDatabase database = mongo.emptyDatabase("lease-many");
        List<Callable<Boolean>> nodes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ReplayLease lease = new ReplayLease(database, "node-" + i, Duration.ofMinutes(1));
            nodes.add(() -> lease.acquire(1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int winners = 0;
        for (Future<Boolean> acquired : pool.invokeAll(nodes)) {
            winners += acquired.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(winners).isEqualTo(1);

        ReplayLease.Held held = new ReplayLease(database, "observer", Duration.ofMinutes(1)).current().orElseThrow();
        assertThat(held.running()).isTrue();
        ReplayLease owner = new ReplayLease(database, held.owner(), Duration.ofMinutes(1));
        assertThat(owner.renew("rebuilding", 10, 100)).isTrue();
        assertThat(owner.current().orElseThrow().eventsDone()).isEqualTo(10);
        owner.finish("DONE");
        assertThat(new ReplayLease(database, "another", Duration.ofMinutes(1)).acquire(2)).as("free once done").isTrue();
    }

    @Test
    void anExpiredLeaseIsTakenOverAndItsFormerHolderLearnsItOnRenewal() throws Exception {
        MongoDatabase database = mongo.emptyDatabase("lease-expiry");
        ReplayLease dying = new ReplayLease(database, "a", Duration.ofSeconds(3));
        ReplayLease other = new ReplayLease(database, "b", Duration.ofSeconds(3));
        assertThat(dying.acquire(1)).isTrue();
        assertThat(other.acquire(1)).isFalse();
        assertThat(dying.current().orElseThrow().abandoned("b", Instant.now())).isFalse();
        assertThat(dying.current().orElseThrow().abandoned("a", Instant.now())).as("its own node, restarted").isTrue();

        Thread.sleep(3200);
        assertThat(other.current().orElseThrow().abandoned("b", Instant.now())).isTrue();
        assertThat(other.acquire(1)).isTrue();
        assertThat(dying.renew("rebuilding", 5, 10)).as("the former holder stops").isFalse();
        dying.finish("FAILED");
        assertThat(other.current().orElseThrow().owner()).isEqualTo("b");
        assertThat(other.current().orElseThrow().running()).as("not ended by the former holder").isTrue();
    }
}
